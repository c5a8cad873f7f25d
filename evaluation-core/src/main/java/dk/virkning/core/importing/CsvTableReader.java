package dk.virkning.core.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads decoded CSV text into a {@link Table} with Commons CSV (RFC 4180 quoting, any line
 * ending). Row numbers are record numbers, which is what Excel shows when it opens the file: a
 * quoted field spanning lines is still one row, and blank lines are counted, not skipped.
 */
final class CsvTableReader {

    private CsvTableReader() {
    }

    static Table read(String text, CsvDialect dialect, int maxDataRows) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(dialect.delimiter())
                .setQuote('"')
                .setIgnoreEmptyLines(false)
                .get();
        TableBuilder table = new TableBuilder(maxDataRows);
        long lastRecord = 0;
        try (CSVParser parser = CSVParser.parse(dialect.body(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                lastRecord = record.getRecordNumber();
                table.add(new TableRow(Math.toIntExact(lastRecord), values(record)));
            }
        } catch (UncheckedIOException | IOException | IllegalStateException malformed) {
            // Commons CSV stops at the first unbalanced quote; what came before is kept.
            table.problem(ImportProblem.at(SourceCell.wholeRow(Math.toIntExact(lastRecord + 1)),
                    ImportProblemCodes.MALFORMED_CSV,
                    "the quoting is malformed (a field that starts with \" must end with \" right"
                            + " before the next delimiter or line end); the file was not read"
                            + " beyond this row"));
        }
        return table.build();
    }

    private static List<String> values(CSVRecord record) {
        List<String> values = new ArrayList<>(record.size());
        record.forEach(values::add);
        return values;
    }
}
