package dk.virkning.core.importing;

import static dk.virkning.core.importing.ImportFixtures.normalised;
import static dk.virkning.core.importing.ImportFixtures.parse;
import static dk.virkning.core.importing.ImportFixtures.parseCsv;
import static dk.virkning.core.importing.ImportFixtures.response;
import static dk.virkning.core.importing.ImportFixtures.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxImportTest {

    /** The rows of a CSV fixture as XLSX cells: numbers as numeric cells, ISO dates as date cells. */
    private static List<List<Object>> cellsOf(String csv) {
        List<List<Object>> rows = new ArrayList<>();
        for (String line : csv.split("\n")) {
            List<Object> row = new ArrayList<>();
            for (String value : line.split(",", -1)) {
                if (value.isEmpty()) {
                    row.add(null);
                } else if (value.matches("\\d+")) {
                    row.add(Integer.parseInt(value));
                } else if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    row.add(LocalDate.parse(value));
                } else {
                    row.add(value);
                }
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void readsWideWorkbookLikeTheSameCsv() {
        ImportResult result = parse(xlsx(cellsOf(ImportFixtures.WIDE_CSV)), "svar.xlsx");

        assertThat(result.problems()).isEmpty();
        assertThat(result.fileType()).isEqualTo(FileType.XLSX);
        assertThat(result.format()).isEqualTo(ImportFormat.WIDE);
        assertThat(result.delimiter()).isNull();
        assertThat(result.encoding()).isNull();
        assertThat(normalised(result.responses()))
                .isEqualTo(normalised(parseCsv(ImportFixtures.WIDE_CSV).responses()));
    }

    @Test
    void readsLongWorkbookLikeTheSameCsv() {
        ImportResult result = parse(xlsx(cellsOf(ImportFixtures.LONG_CSV)), "svar.xlsx");

        assertThat(result.problems()).isEmpty();
        assertThat(result.format()).isEqualTo(ImportFormat.LONG);
        assertThat(normalised(result.responses()))
                .isEqualTo(normalised(parseCsv(ImportFixtures.WIDE_CSV).responses()));
        assertThat(response(result, "P001", "post", "WHO5").sourceRows())
                .containsExactly(12, 13, 14, 15, 16);
    }

    @Test
    void readsNumericTextFormulaAndDateCells() {
        byte[] workbook = xlsx(List.of(
                List.of("Deltager", "Målepunkt", "Dato", "WHO5_1", "WHO5_2", "WHO5_3", "WHO5_4", "WHO5_5"),
                Arrays.asList(1001, "Baseline", LocalDate.of(2025, 3, 1), 4.0, "3", "=1+1", "4,0", " 5 "),
                Arrays.asList("P2", "Baseline", "01-03-2025", 2, 2, 2, 2, 2.5)));

        ImportResult result = parse(workbook, "svar.xlsx");

        ImportedResponse first = response(result, "1001", "Baseline", "WHO5");
        assertThat(first.answeredOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(first.items()).isEqualTo(Map.of("1", 4, "2", 3, "3", 2, "4", 4, "5", 5));
        assertThat(result.problems()).containsExactly(new ImportProblem(3, "WHO5_5",
                ImportProblemCodes.NOT_A_WHOLE_NUMBER, "row 3, column WHO5_5: '2.5' is not a whole number"));
    }

    @Test
    void readsOnlyTheFirstSheet() {
        byte[] workbook = xlsx(
                List.of(List.of("participant", "wave", "LIFE_SAT_1"), List.of("P1", "baseline", 6)),
                Map.of("Notes", List.of(List.of("anything", "goes", "here"))));

        ImportResult result = parse(workbook, "svar.xlsx");

        assertThat(result.problems()).isEmpty();
        assertThat(result.responses()).hasSize(1);
    }

    @Test
    void usesSheetRowNumbersWhenRowsAreLeftEmpty() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("participant", "wave", "LIFE_SAT_1"));
        rows.add(List.of());
        rows.add(List.of("P1", "baseline", "high"));

        ImportResult result = parse(xlsx(rows), "svar.xlsx");

        assertThat(result.problems()).extracting(ImportProblem::row).containsExactly(3);
    }

    @Test
    void detectsAWorkbookByItsBytesWhateverItsName() {
        ImportResult result = parse(xlsx(cellsOf(ImportFixtures.WIDE_CSV)), "export.csv");

        assertThat(result.fileType()).isEqualTo(FileType.XLSX);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void asksForXlsxOrCsvWhenGivenAnOldBinaryXls() throws Exception {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Svar").createRow(0).createCell(0).setCellValue("participant");
            workbook.write(out);
            xls = out.toByteArray();
        }

        ImportResult result = parse(xls, "svar.xls");

        assertThat(result.problems()).containsExactly(new ImportProblem(0, null,
                ImportProblemCodes.UNSUPPORTED_FILE_TYPE, "old Excel workbooks (.xls) cannot be read;"
                        + " open it and save it as an Excel workbook (.xlsx) or as CSV"));
    }

    @Test
    void reportsABrokenWorkbookAsUnreadable() {
        byte[] workbook = xlsx(cellsOf(ImportFixtures.WIDE_CSV));
        byte[] truncated = Arrays.copyOf(workbook, workbook.length / 2);

        ImportResult result = parse(truncated, "svar.xlsx");

        assertThat(result.problems()).extracting(ImportProblem::code)
                .containsExactly(ImportProblemCodes.UNREADABLE_FILE);
    }

    @Test
    void refusesATextFileNamedXlsx() {
        ImportResult result = parse(ImportFixtures.WIDE_CSV, "svar.xlsx");

        assertThat(result.problems()).extracting(ImportProblem::code)
                .containsExactly(ImportProblemCodes.UNSUPPORTED_FILE_TYPE);
    }

    @Test
    void refusesAWorkbookThatUnpacksFarBeyondItsSize() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }

        ImportResult result = new ImportParser(new ImportLimits(1024 * 1024, 50_000))
                .parse(zip.toByteArray(), "bomb.xlsx", null);

        assertThat(result.problems()).containsExactly(new ImportProblem(0, null,
                ImportProblemCodes.FILE_TOO_LARGE, "the workbook unpacks to more than 10.0 MB"));
    }

    @Test
    void stopsReadingAWorkbookBeyondTheRowLimit() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("participant", "wave", "LIFE_SAT_1"));
        for (int i = 0; i < 11; i++) {
            rows.add(List.of("P" + i, "baseline", 5));
        }

        ImportResult result = new ImportParser(new ImportLimits(1_000_000, 10))
                .parse(xlsx(rows), "svar.xlsx", null);

        assertThat(result.problems()).containsExactly(new ImportProblem(0, null,
                ImportProblemCodes.TOO_MANY_ROWS, "the file has more than 10 data rows; split it into smaller files"));
    }
}
