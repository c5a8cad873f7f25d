package dk.virkning.core.importing;

import static dk.virkning.core.importing.ImportFixtures.parse;
import static dk.virkning.core.importing.ImportFixtures.parseCsv;
import static dk.virkning.core.importing.ImportFixtures.response;
import static dk.virkning.core.importing.ImportFixtures.withUtf8Bom;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvDialectsAndEncodingsTest {

    @Test
    void readsCommaSeparatedUtf8() {
        ImportResult result = parseCsv(ImportFixtures.WIDE_CSV);

        assertThat(result.problems()).isEmpty();
        assertThat(result.fileType()).isEqualTo(FileType.CSV);
        assertThat(result.format()).isEqualTo(ImportFormat.WIDE);
        assertThat(result.delimiter()).isEqualTo(',');
        assertThat(result.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(result.dataRowCount()).isEqualTo(3);
        assertThat(result.responses()).hasSize(10);
    }

    @Test
    void acceptsDanishExcelSemicolonCsvWithBom() {
        String text = "Deltager;Målepunkt;Besvaret;WHO5_1;WHO5_2;WHO5_3;WHO5_4;WHO5_5\r\n"
                + "Æble-7;Før;01-03-2025;3;4,0;2;3;4\r\n";

        ImportResult result = parse(withUtf8Bom(text), "svar.csv");

        assertThat(result.problems()).isEmpty();
        assertThat(result.delimiter()).isEqualTo(';');
        assertThat(result.encoding()).isEqualTo(StandardCharsets.UTF_8);
        ImportedResponse who5 = response(result, "Æble-7", "Før", "WHO5");
        assertThat(who5.answeredOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(who5.items()).isEqualTo(Map.of("1", 3, "2", 4, "3", 2, "4", 3, "5", 4));
        assertThat(who5.cells().participant()).isEqualTo(new SourceCell(2, "Deltager"));
    }

    @Test
    void decodesWindows1252SoDanishLettersSurvive() {
        String text = "deltager;målepunkt;dato;TILS_1;TILS_2;TILS_3\r\n"
                + "Søren-æøå-1;Opfølgning;1/3/2025;1;2;3\r\n";

        ImportResult result = parse(text.getBytes(TextDecoder.WINDOWS_1252), "svar.csv");

        assertThat(result.problems()).isEmpty();
        assertThat(result.encoding()).isEqualTo(TextDecoder.WINDOWS_1252);
        ImportedResponse tils = response(result, "Søren-æøå-1", "Opfølgning", "TILS");
        assertThat(tils.cells().wave()).isEqualTo(new SourceCell(2, "målepunkt"));
        assertThat(tils.answeredOn()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void readsCommittedDanishExcelSample() throws Exception {
        byte[] bytes;
        try (var in = getClass().getResourceAsStream("/importing/danish-excel-wide-windows-1252.csv")) {
            bytes = in.readAllBytes();
        }

        ImportResult result = parse(bytes, "danish-excel-wide-windows-1252.csv");

        assertThat(result.problems()).isEmpty();
        assertThat(result.encoding()).isEqualTo(TextDecoder.WINDOWS_1252);
        assertThat(result.delimiter()).isEqualTo(';');
        assertThat(result.responses()).extracting(ImportedResponse::wave).contains("Målepunkt 1");
        assertThat(response(result, "D-003", "Opfølgning", "WHO5").items().get("2")).isEqualTo(3);
    }

    @Test
    void readsCommittedLongUtf8BomSample() throws Exception {
        byte[] bytes;
        try (var in = getClass().getResourceAsStream("/importing/long-utf8-bom.csv")) {
            bytes = in.readAllBytes();
        }

        ImportResult result = parse(bytes, "long-utf8-bom.csv");

        assertThat(result.problems()).isEmpty();
        assertThat(result.format()).isEqualTo(ImportFormat.LONG);
        assertThat(response(result, "K-01", "Baseline", "DJG6").items()).hasSize(6);
    }

    @Test
    void acceptsDecimalCommaZeroButRefusesAFraction() {
        String text = "participant;wave;LIFE_SAT_1;UNWANTED_ALONE_1\n"
                + "P1;baseline;7,0;2\n"
                + "P2;baseline;7,5;2\n";

        ImportResult result = parseCsv(text);

        assertThat(response(result, "P1", "baseline", "LIFE_SAT").items()).isEqualTo(Map.of("1", 7));
        assertThat(result.problems()).containsExactly(new ImportProblem(3, "LIFE_SAT_1",
                ImportProblemCodes.NOT_A_WHOLE_NUMBER,
                "row 3, column LIFE_SAT_1: '7,5' is not a whole number"));
    }

    @Test
    void readsQuotedFieldsWithDelimitersQuotesAndLineBreaks() {
        String text = "participant,wave,WHO5_1,LIFE_SAT_1\n"
                + "\"P,1\",\"base\"\"line\",\"4,0\",\"5\"\n"
                + "\"P2\",\"two\nlines\",3,2\n"
                + "P3,baseline,x,2\n";

        ImportResult result = parseCsv(text);

        assertThat(response(result, "P,1", "base\"line", "WHO5").items()).isEqualTo(Map.of("1", 4));
        assertThat(response(result, "P2", "two\nlines", "LIFE_SAT").sourceRows()).containsExactly(3);
        // The quoted line break keeps P2 on one row, so P3 is row 4 as in Excel.
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "WHO5_1"));
    }

    @Test
    void handlesCrlfAndCountsBlankLinesAsRows() {
        String text = "participant,wave,LIFE_SAT_1\r\nP1,baseline,5\r\n\r\nP2,baseline,x\r\n";

        ImportResult result = parseCsv(text);

        assertThat(response(result, "P1", "baseline", "LIFE_SAT").items()).isEqualTo(Map.of("1", 5));
        assertThat(result.dataRowCount()).isEqualTo(2);
        assertThat(result.problems()).extracting(ImportProblem::row).containsExactly(4);
    }

    @Test
    void honoursExcelSepLineWithoutShiftingRowNumbers() {
        String text = "sep=;\r\nparticipant;wave;LIFE_SAT_1\r\nP1;baseline;nine\r\n";

        ImportResult result = parseCsv(text);

        assertThat(result.delimiter()).isEqualTo(';');
        assertThat(result.problems()).containsExactly(new ImportProblem(2, "LIFE_SAT_1",
                ImportProblemCodes.NOT_A_NUMBER, "row 2, column LIFE_SAT_1: 'nine' is not a number"));
    }

    @Test
    void readsExcelUnicodeTextExportAsTabSeparatedUtf16() {
        String text = "participant\twave\tLIFE_SAT_1\r\nP1\tbaseline\t8\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);

        ImportResult result = parse(bytes, "svar.txt");

        assertThat(result.problems()).isEmpty();
        assertThat(result.delimiter()).isEqualTo('\t');
        assertThat(result.encoding()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(response(result, "P1", "baseline", "LIFE_SAT").items()).isEqualTo(Map.of("1", 8));
    }

    @Test
    void reportsAnUnclosedQuoteAndKeepsTheRowsBeforeIt() {
        String text = "participant,wave,LIFE_SAT_1\nP1,baseline,5\nP2,\"baseline,5\nP3,baseline,6\n";

        ImportResult result = parseCsv(text);

        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, ImportProblemCodes.MALFORMED_CSV));
        assertThat(result.responses()).extracting(ImportedResponse::participantCode).containsExactly("P1");
    }

    @Test
    void trimsCellsIncludingNoBreakSpaces() {
        String text = " participant , Wave ,LIFE_SAT_1\n  P1\u00A0, baseline ,\u00A07 \n";

        ImportResult result = parseCsv(text);

        assertThat(result.problems()).isEmpty();
        assertThat(response(result, "P1", "baseline", "LIFE_SAT").items()).isEqualTo(Map.of("1", 7));
    }
}
