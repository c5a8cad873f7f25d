package dk.virkning.core.importing;

/** The stable codes of {@link ImportProblem}s the parser reports. */
public final class ImportProblemCodes {

    // The file as a whole (row 0).
    public static final String EMPTY_FILE = "EMPTY_FILE";
    public static final String FILE_TOO_LARGE = "FILE_TOO_LARGE";
    public static final String TOO_MANY_ROWS = "TOO_MANY_ROWS";
    public static final String UNSUPPORTED_FILE_TYPE = "UNSUPPORTED_FILE_TYPE";
    public static final String UNREADABLE_FILE = "UNREADABLE_FILE";

    // The header (row 1, or wherever the first non-blank row is).
    public static final String UNKNOWN_HEADER = "UNKNOWN_HEADER";
    public static final String MISSING_COLUMN = "MISSING_COLUMN";
    public static final String UNKNOWN_COLUMN = "UNKNOWN_COLUMN";
    public static final String DUPLICATE_COLUMN = "DUPLICATE_COLUMN";
    public static final String NO_DATA_ROWS = "NO_DATA_ROWS";

    // Rows and cells.
    public static final String MALFORMED_CSV = "MALFORMED_CSV";
    public static final String EXTRA_CELLS = "EXTRA_CELLS";
    public static final String MISSING_VALUE = "MISSING_VALUE";
    public static final String NOT_A_NUMBER = "NOT_A_NUMBER";
    public static final String NOT_A_WHOLE_NUMBER = "NOT_A_WHOLE_NUMBER";
    public static final String NUMBER_OUT_OF_RANGE = "NUMBER_OUT_OF_RANGE";
    public static final String INVALID_DATE = "INVALID_DATE";
    public static final String INVALID_MODE = "INVALID_MODE";
    public static final String INVALID_ITEM = "INVALID_ITEM";
    public static final String DUPLICATE_ITEM = "DUPLICATE_ITEM";
    public static final String CONFLICTING_DATE = "CONFLICTING_DATE";
    public static final String CONFLICTING_MODE = "CONFLICTING_MODE";
    public static final String DUPLICATE_RESPONSE = "DUPLICATE_RESPONSE";

    private ImportProblemCodes() {
    }
}
