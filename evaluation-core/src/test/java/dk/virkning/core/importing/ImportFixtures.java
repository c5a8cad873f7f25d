package dk.virkning.core.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds import files for the tests. */
final class ImportFixtures {

    static final String WIDE_HEADER = "participant,wave,answered_on,mode,"
            + "WHO5_1,WHO5_2,WHO5_3,WHO5_4,WHO5_5,TILS_1,TILS_2,TILS_3,LIFE_SAT_1,UNWANTED_ALONE_1";

    /** Three participants' answers in the wide format; P002 did not answer WHO5. */
    static final String WIDE_CSV = WIDE_HEADER + "\n"
            + "P001,baseline,2025-03-01,SELF,3,4,2,3,4,2,2,3,6,3\n"
            + "P001,post,2025-06-01,SELF,4,4,3,4,5,1,2,2,7,\n"
            + "P002,baseline,2025-03-02,INTERVIEW,,,,,,3,3,3,4,4\n";

    /** The same answers in the long format, rows deliberately not sorted. */
    static final String LONG_CSV = "participant,wave,instrument,answered_on,item,value,mode\n"
            + "P001,baseline,WHO5,2025-03-01,1,3,SELF\n"
            + "P001,baseline,WHO5,2025-03-01,2,4,SELF\n"
            + "P001,baseline,TILS,2025-03-01,1,2,SELF\n"
            + "P001,baseline,WHO5,2025-03-01,3,2,SELF\n"
            + "P001,baseline,WHO5,2025-03-01,4,3,SELF\n"
            + "P001,baseline,WHO5,2025-03-01,5,4,SELF\n"
            + "P001,baseline,TILS,2025-03-01,2,2,SELF\n"
            + "P001,baseline,TILS,2025-03-01,3,3,SELF\n"
            + "P001,baseline,LIFE_SAT,2025-03-01,1,6,SELF\n"
            + "P001,baseline,UNWANTED_ALONE,2025-03-01,1,3,SELF\n"
            + "P001,post,WHO5,2025-06-01,1,4,SELF\n"
            + "P001,post,WHO5,2025-06-01,2,4,SELF\n"
            + "P001,post,WHO5,2025-06-01,3,3,SELF\n"
            + "P001,post,WHO5,2025-06-01,4,4,SELF\n"
            + "P001,post,WHO5,2025-06-01,5,5,SELF\n"
            + "P001,post,TILS,2025-06-01,1,1,SELF\n"
            + "P001,post,TILS,2025-06-01,2,2,SELF\n"
            + "P001,post,TILS,2025-06-01,3,2,SELF\n"
            + "P001,post,LIFE_SAT,2025-06-01,1,7,SELF\n"
            + "P002,baseline,TILS,2025-03-02,1,3,INTERVIEW\n"
            + "P002,baseline,TILS,2025-03-02,2,3,INTERVIEW\n"
            + "P002,baseline,TILS,2025-03-02,3,3,INTERVIEW\n"
            + "P002,baseline,LIFE_SAT,2025-03-02,1,4,INTERVIEW\n"
            + "P002,baseline,UNWANTED_ALONE,2025-03-02,1,4,INTERVIEW\n";

    private ImportFixtures() {
    }

    static ImportResult parse(String text, String fileName) {
        return parse(text.getBytes(StandardCharsets.UTF_8), fileName);
    }

    static ImportResult parse(byte[] bytes, String fileName) {
        return new ImportParser().parse(bytes, fileName, null);
    }

    static ImportResult parseCsv(String text) {
        return parse(text, "responses.csv");
    }

    static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static byte[] withUtf8Bom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    /** The content of responses without the source positions, in a stable order for comparing. */
    static List<String> normalised(List<ImportedResponse> responses) {
        return responses.stream()
                .sorted(Comparator.comparing(ImportedResponse::participantCode)
                        .thenComparing(ImportedResponse::wave)
                        .thenComparing(ImportedResponse::instrument))
                .map(r -> String.join("|", r.participantCode(), r.wave(), r.instrument(),
                        String.valueOf(r.answeredOn()), String.valueOf(r.mode()),
                        r.items().toString()))
                .toList();
    }

    static ImportedResponse response(ImportResult result, String participant, String wave,
            String instrument) {
        return result.responses().stream()
                .filter(r -> r.participantCode().equals(participant) && r.wave().equals(wave)
                        && r.instrument().equals(instrument))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no response " + participant + "/" + wave
                        + "/" + instrument + " in " + result));
    }

    /**
     * An XLSX workbook whose first sheet holds {@code rows}. Cell values: Integer/Double become
     * numeric cells, LocalDate a date-formatted cell, a String starting with "=" a formula,
     * null an absent cell, anything else a string cell.
     */
    static byte[] xlsx(List<List<Object>> rows) {
        return xlsx(rows, Map.of());
    }

    /** As {@link #xlsx(List)}, with further sheets after the first. */
    static byte[] xlsx(List<List<Object>> rows, Map<String, List<List<Object>>> laterSheets) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook, workbook.createSheet("Svar"), rows);
            laterSheets.forEach((name, sheetRows) -> fill(workbook, workbook.createSheet(name), sheetRows));
            workbook.setForceFormulaRecalculation(false);
            // Cache formula results the way Excel does when it saves.
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Workbook workbook, Sheet sheet, List<List<Object>> rows) {
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                } else if (value instanceof String text && text.startsWith("=")) {
                    cell.setCellFormula(text.substring(1));
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }
}
