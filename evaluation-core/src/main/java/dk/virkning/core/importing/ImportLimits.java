package dk.virkning.core.importing;

/**
 * Bounds that keep a single upload from exhausting memory; a file beyond either gets one
 * problem and is not parsed further.
 *
 * @param maxBytes    largest accepted file size in bytes
 * @param maxDataRows largest accepted number of non-blank rows below the header
 */
public record ImportLimits(long maxBytes, int maxDataRows) {

    /** 20 MiB comfortably holds 50,000 wide rows of all five instruments. */
    public static final ImportLimits DEFAULT = new ImportLimits(20L * 1024 * 1024, 50_000);

    /**
     * How far an XLSX (a ZIP archive) may unpack. Sheet XML compresses about tenfold; far more is
     * a zip bomb, refused before POI holds any of it in memory.
     */
    public long maxUnpackedBytes() {
        return maxBytes * 10;
    }

    public ImportLimits {
        if (maxBytes <= 0 || maxDataRows <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
