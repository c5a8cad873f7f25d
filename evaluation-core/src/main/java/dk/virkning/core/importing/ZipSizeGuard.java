package dk.virkning.core.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipInputStream;

/**
 * Refuses an XLSX whose entries unpack to more than a limit, by streaming through the archive
 * and counting. POI has its own zip-bomb ratio check, but its limits are global static settings
 * shared by the whole JVM; this one is per import and never holds the content.
 */
final class ZipSizeGuard {

    private ZipSizeGuard() {
    }

    static void check(byte[] zip, long maxUnpackedBytes) {
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    unpacked += read;
                    if (unpacked > maxUnpackedBytes) {
                        throw new RejectedFileException(ImportProblem.ofFile(
                                ImportProblemCodes.FILE_TOO_LARGE, "the workbook unpacks to more than "
                                        + ImportParser.megabytes(maxUnpackedBytes) + " MB"));
                    }
                }
            }
        } catch (IOException | IllegalArgumentException broken) {
            // A damaged archive is POI's to diagnose; it reports it as unreadable.
        }
    }
}
