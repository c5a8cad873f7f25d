package dk.virkning.core.importing;

import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses a response import file (CSV or XLSX, long or wide format) into normalised responses or
 * the complete list of problems. Stateless and thread-safe; never throws on bad input: whatever
 * the bytes, the answer is an {@link ImportResult}.
 */
public final class ImportParser {

    private final ImportLimits limits;

    public ImportParser() {
        this(ImportLimits.DEFAULT);
    }

    public ImportParser(ImportLimits limits) {
        this.limits = limits;
    }

    /**
     * @param content     the uploaded bytes ({@code null} is read as an empty file)
     * @param fileName    the uploaded file's name, for its extension; may be {@code null}
     * @param contentType the upload's content type, a hint only; may be {@code null}
     */
    public ImportResult parse(byte[] content, String fileName, String contentType) {
        byte[] bytes = content == null ? new byte[0] : content;
        String sha256 = sha256(bytes);
        FileType fileType = null;
        Character delimiter = null;
        Charset encoding = null;
        try {
            checkSize(bytes);
            Table table;
            if (FileSniffer.classify(bytes, fileName, contentType) == FileSniffer.Kind.XLSX) {
                fileType = FileType.XLSX;
                ZipSizeGuard.check(bytes, limits.maxUnpackedBytes());
                table = XlsxTableReader.read(bytes, limits.maxDataRows());
            } else {
                DecodedText text = TextDecoder.decode(bytes);
                if (TextDecoder.looksBinary(text.text())) {
                    throw FileSniffer.unsupported("the file is neither CSV text nor an Excel"
                            + " workbook (.xlsx); save it as .xlsx or as CSV");
                }
                CsvDialect dialect = CsvDialect.detect(text.text());
                fileType = FileType.CSV;
                delimiter = dialect.delimiter();
                encoding = text.charset();
                table = CsvTableReader.read(text.text(), dialect, limits.maxDataRows());
            }
            return fromTable(table, new Source(fileType, delimiter, encoding, sha256));
        } catch (RejectedFileException rejected) {
            return rejected(new Source(fileType, delimiter, encoding, sha256), rejected.problem());
        } catch (RuntimeException unexpected) {
            // Last line of defence: a library fault on hostile input is still a 4xx, not a 500.
            return rejected(new Source(fileType, delimiter, encoding, sha256), ImportProblem.ofFile(
                    ImportProblemCodes.UNREADABLE_FILE, "the file could not be read; save it as"
                            + " .xlsx or as CSV and try again"));
        }
    }

    private void checkSize(byte[] bytes) {
        if (bytes.length == 0) {
            throw new RejectedFileException(
                    ImportProblem.ofFile(ImportProblemCodes.EMPTY_FILE, "the file is empty"));
        }
        if (bytes.length > limits.maxBytes()) {
            throw new RejectedFileException(ImportProblem.ofFile(ImportProblemCodes.FILE_TOO_LARGE,
                    "the file is " + megabytes(bytes.length) + " MB; the limit is "
                            + megabytes(limits.maxBytes()) + " MB"));
        }
    }

    private static ImportResult fromTable(Table table, Source source) {
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        List<TableRow> rows = table.rows();
        if (rows.isEmpty()) {
            problems.add(0, ImportProblem.ofFile(ImportProblemCodes.EMPTY_FILE,
                    "the file has no rows with content"));
            return source.result(null, 0, List.of(), problems);
        }
        TableRow header = rows.get(0);
        List<TableRow> dataRows = rows.subList(1, rows.size());
        HeaderParse headerParse = HeaderParser.parse(header);
        problems.addAll(headerParse.problems());
        HeaderLayout layout = headerParse.layout();
        if (dataRows.isEmpty()) {
            problems.add(ImportProblem.at(SourceCell.wholeRow(header.number()),
                    ImportProblemCodes.NO_DATA_ROWS, "the file has a header but no data rows"));
        }
        if (layout == null) {
            return source.result(null, dataRows.size(), List.of(), sorted(problems, header));
        }
        ParsedRows parsed = layout.format() == ImportFormat.LONG
                ? LongFormatParser.parse(layout, dataRows)
                : WideFormatParser.parse(layout, dataRows);
        problems.addAll(parsed.problems());
        return source.result(layout.format(), dataRows.size(), parsed.responses(),
                sorted(problems, header));
    }

    private static ImportResult rejected(Source source, ImportProblem problem) {
        return source.result(null, 0, List.of(), List.of(problem));
    }

    /**
     * In reading order: by row, then whole-row problems before cell problems, then by the
     * column's position in the header. The sort is stable for problems of the same cell.
     */
    private static List<ImportProblem> sorted(List<ImportProblem> problems, TableRow header) {
        Map<String, Integer> position = new HashMap<>();
        for (int index = header.cells().size() - 1; index >= 0; index--) {
            position.put(header.cell(index), index);
        }
        List<ImportProblem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparingInt(ImportProblem::row).thenComparingInt(problem ->
                problem.column() == null ? -1 : position.getOrDefault(problem.column(), Integer.MAX_VALUE)));
        return copy;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** What is known about the file before its rows are interpreted. */
    private record Source(FileType fileType, Character delimiter, Charset encoding, String sha256) {

        ImportResult result(ImportFormat format, int dataRows, List<ImportedResponse> responses,
                List<ImportProblem> problems) {
            return new ImportResult(fileType, format, delimiter, encoding, sha256, dataRows,
                    responses, problems);
        }
    }
}
