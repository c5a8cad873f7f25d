package dk.virkning.core.importing;

import java.util.Locale;
import java.util.Map;

/**
 * Decides how to read a file from its first bytes and its name. The bytes win: an XLSX workbook
 * is a ZIP archive ({@code PK\3\4}) whatever it is called, and an old binary .xls is an OLE2
 * compound file. Everything else is tried as CSV text; {@link TextDecoder#looksBinary} then
 * catches binaries. The content type is only a hint, because browsers on Windows send
 * {@code application/vnd.ms-excel} for plain CSV files.
 */
final class FileSniffer {

    /** How the file will be read. */
    enum Kind { XLSX, TEXT }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final String SAVE_AS = "; open it and save it as an Excel workbook (.xlsx) or as CSV";
    private static final Map<String, String> UNSUPPORTED = Map.of(
            "xls", "old Excel workbooks (.xls) cannot be read" + SAVE_AS,
            "xlsb", "Excel binary workbooks (.xlsb) cannot be read" + SAVE_AS,
            "ods", "OpenDocument spreadsheets (.ods) cannot be read" + SAVE_AS,
            "numbers", "Apple Numbers files cannot be read" + SAVE_AS);
    private static final String XLSX_CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private FileSniffer() {
    }

    static Kind classify(byte[] bytes, String fileName, String contentType) {
        String extension = extension(fileName);
        if (TextDecoder.startsWith(bytes, OLE2)) {
            throw unsupported(UNSUPPORTED.get("xls"));
        }
        if (UNSUPPORTED.containsKey(extension)) {
            throw unsupported(UNSUPPORTED.get(extension));
        }
        if (TextDecoder.startsWith(bytes, ZIP)) {
            return Kind.XLSX;
        }
        boolean claimsXlsx = extension.startsWith("xls")
                || (extension.isEmpty() && contentType != null
                        && contentType.toLowerCase(Locale.ROOT).startsWith(XLSX_CONTENT_TYPE));
        if (claimsXlsx) {
            throw unsupported("the file is named as an Excel workbook but is not one" + SAVE_AS);
        }
        return Kind.TEXT;
    }

    static RejectedFileException unsupported(String detail) {
        return new RejectedFileException(
                ImportProblem.ofFile(ImportProblemCodes.UNSUPPORTED_FILE_TYPE, detail));
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
