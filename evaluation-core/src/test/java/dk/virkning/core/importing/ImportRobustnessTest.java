package dk.virkning.core.importing;

import static dk.virkning.core.importing.ImportFixtures.parse;
import static dk.virkning.core.importing.ImportFixtures.parseCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportRobustnessTest {

    /** Every code {@link ImportProblemCodes} defines: the ones a client can rely on. */
    private static final Set<String> KNOWN_CODES = knownCodes();

    @Test
    void findsTheOneBadCellAmongAHundredRows() {
        StringBuilder csv = new StringBuilder("participant;wave;WHO5_1;WHO5_2;WHO5_3;WHO5_4;WHO5_5;LIFE_SAT_1\r\n");
        for (int i = 1; i <= 100; i++) {
            // Data row i is spreadsheet row i + 1; row 57 gets the bad answer.
            String who5Third = i + 1 == 57 ? "7,5" : "3";
            csv.append("P").append(i).append(";baseline;1;2;").append(who5Third).append(";4;5;6\r\n");
        }

        ImportResult result = parseCsv(csv.toString());

        assertThat(result.problems()).containsExactly(new ImportProblem(57, "WHO5_3",
                ImportProblemCodes.NOT_A_WHOLE_NUMBER, "row 57, column WHO5_3: '7,5' is not a whole number"));
        assertThat(result.isValid()).isFalse();
        assertThat(result.dataRowCount()).isEqualTo(100);
        // Only the WHO5 answers of row 57 are held back; its LIFE_SAT answer parsed fine.
        assertThat(result.responses()).hasSize(199);
        assertThat(result.responses()).noneMatch(r -> r.participantCode().equals("P56") && r.instrument().equals("WHO5"));
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        ImportResult result = parseCsv("participant,wave,TILS_1,TILS_2\nP1,b,x,y\nP2,b,1,z\n");

        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "TILS_1"),
                        org.assertj.core.groups.Tuple.tuple(2, "TILS_2"),
                        org.assertj.core.groups.Tuple.tuple(3, "TILS_2"));
    }

    @Test
    void refusesAnEmptyFile() {
        ImportResult result = parse(new byte[0], "svar.csv");

        assertThat(result.problems()).containsExactly(
                new ImportProblem(0, null, ImportProblemCodes.EMPTY_FILE, "the file is empty"));
        assertThat(result.sha256())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void refusesAFileOfBlankLines() {
        ImportResult result = parseCsv("\r\n ; ; \r\n\r\n");

        assertThat(result.problems()).extracting(ImportProblem::code)
                .containsExactly(ImportProblemCodes.EMPTY_FILE);
    }

    @Test
    void refusesAHeaderWithoutRows() {
        ImportResult result = parseCsv(ImportFixtures.WIDE_HEADER + "\r\n");

        assertThat(result.format()).isEqualTo(ImportFormat.WIDE);
        assertThat(result.problems()).containsExactly(new ImportProblem(1, null,
                ImportProblemCodes.NO_DATA_ROWS, "row 1: the file has a header but no data rows"));
    }

    @Test
    void refusesBinaryGarbage() {
        byte[] garbage = new byte[2048];
        new Random(7).nextBytes(garbage);
        garbage[0] = 0x25; // not a ZIP or OLE2 signature

        ImportResult result = parse(garbage, "svar.csv");

        assertThat(result.problems()).containsExactly(new ImportProblem(0, null,
                ImportProblemCodes.UNSUPPORTED_FILE_TYPE, "the file is neither CSV text nor an Excel"
                        + " workbook (.xlsx); save it as .xlsx or as CSV"));
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        ImportParser parser = new ImportParser(new ImportLimits(1024 * 1024, 50_000));

        ImportResult result = parser.parse(new byte[2 * 1024 * 1024], "svar.csv", "text/csv");

        assertThat(result.problems()).containsExactly(new ImportProblem(0, null,
                ImportProblemCodes.FILE_TOO_LARGE, "the file is 2.0 MB; the limit is 1.0 MB"));
    }

    @Test
    void refusesMoreRowsThanTheLimitWithOneProblem() {
        StringBuilder csv = new StringBuilder("participant,wave,LIFE_SAT_1\n");
        for (int i = 0; i < 6; i++) {
            csv.append("P").append(i).append(",b,x\n");
        }
        ImportParser parser = new ImportParser(new ImportLimits(1024 * 1024, 5));

        ImportResult result = parser.parse(csv.toString().getBytes(StandardCharsets.UTF_8), "a.csv", null);

        assertThat(result.problems()).extracting(ImportProblem::code)
                .containsExactly(ImportProblemCodes.TOO_MANY_ROWS);
        assertThat(result.responses()).isEmpty();
    }

    @Test
    void acceptsExactlyTheRowLimit() {
        StringBuilder csv = new StringBuilder("participant,wave,LIFE_SAT_1\n");
        for (int i = 0; i < 5; i++) {
            csv.append("P").append(i).append(",b,5\n");
        }
        ImportParser parser = new ImportParser(new ImportLimits(1024 * 1024, 5));

        ImportResult result = parser.parse(csv.toString().getBytes(StandardCharsets.UTF_8), "a.csv", null);

        assertThat(result.problems()).isEmpty();
        assertThat(result.responses()).hasSize(5);
    }

    @Test
    void fingerprintsTheExactBytes() {
        ImportResult first = parseCsv(ImportFixtures.WIDE_CSV);
        ImportResult again = parseCsv(ImportFixtures.WIDE_CSV);
        ImportResult other = parseCsv(ImportFixtures.WIDE_CSV + "\n");

        assertThat(first.sha256()).hasSize(64).isEqualTo(again.sha256()).isNotEqualTo(other.sha256());
    }

    @Test
    void readsFiftyThousandWideRowsQuickly() {
        StringBuilder csv = new StringBuilder(ImportFixtures.WIDE_HEADER).append('\n');
        for (int i = 0; i < 50_000; i++) {
            csv.append('P').append(i).append(",baseline,2025-03-01,SELF,3,4,2,3,4,2,2,3,6,3\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

        ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new ImportParser().parse(bytes, "big.csv", null));

        assertThat(result.problems()).isEmpty();
        assertThat(result.responses()).hasSize(200_000);
    }

    @Test
    void staysFastOnHugeHostileCells() {
        String zeros = "0".repeat(200_000);
        String underscores = "a_".repeat(100_000) + "!";
        String csv = "participant,wave,instrument,answered_on,item,value,mode," + underscores + "\n"
                + "P1,b,WHO5," + zeros + "," + zeros + "," + zeros + "," + zeros + ",\n";

        ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parseCsv(csv));

        assertThat(result.problems()).extracting(ImportProblem::code).containsExactly(
                ImportProblemCodes.UNKNOWN_COLUMN, ImportProblemCodes.INVALID_DATE,
                ImportProblemCodes.INVALID_ITEM, ImportProblemCodes.NOT_A_NUMBER,
                ImportProblemCodes.INVALID_MODE);
        assertThat(result.problems()).allMatch(problem -> problem.message().length() < 300);
    }

    @Test
    void neverThrowsOnRandomBytes() {
        Random random = new Random(20250301);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(600)];
            random.nextBytes(bytes);
            if (i % 3 == 0 && bytes.length >= 4) {
                // Pretend to be a ZIP so the XLSX reader gets garbage too.
                bytes[0] = 'P';
                bytes[1] = 'K';
                bytes[2] = 3;
                bytes[3] = 4;
            }
            assertParsesWithoutThrowing(bytes, i % 2 == 0 ? "x.csv" : "x.xlsx");
        }
    }

    @Test
    void neverThrowsOnMutatedCsvAndWorkbooks() {
        Random random = new Random(42);
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(ImportFixtures.LONG_CSV.getBytes(StandardCharsets.UTF_8));
        seeds.add(ImportFixtures.withUtf8Bom(ImportFixtures.WIDE_CSV.replace(',', ';')));
        seeds.add(ImportFixtures.xlsx(List.of(List.of("participant", "wave", "WHO5_1"),
                List.of("P1", "baseline", 3))));
        int accepted = 0;
        for (int i = 0; i < 300; i++) {
            byte[] bytes = seeds.get(i % seeds.size()).clone();
            for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            if (assertParsesWithoutThrowing(bytes, "x.csv")) {
                accepted++;
            }
        }
        // Both sides of the helper's invariant must have been exercised; otherwise it checked nothing.
        assertThat(accepted).isBetween(1, 299);
    }

    /**
     * Whatever the bytes, the parser answers (an exception fails the test by itself) and the answer
     * is coherent: the fingerprint is that of the bytes, and the file is either accepted, which needs
     * a recognised file type and layout and at least one data row, or refused with reasons, each a
     * stable code with a message, in row order. Returns whether it was accepted.
     */
    private static boolean assertParsesWithoutThrowing(byte[] bytes, String name) {
        ImportResult result = new ImportParser().parse(bytes, name, null);

        assertThat(result.sha256()).isEqualTo(sha256(bytes));
        if (result.isValid()) {
            assertThat(result.fileType()).isNotNull();
            assertThat(result.format()).isNotNull();
            assertThat(result.dataRowCount()).isPositive();
            if (result.fileType() == FileType.CSV) {
                assertThat(result.delimiter()).isNotNull();
                assertThat(result.encoding()).isNotNull();
            }
        } else {
            assertThat(result.problems()).allSatisfy(problem -> {
                assertThat(problem.code()).isIn(KNOWN_CODES);
                assertThat(problem.message()).isNotBlank();
            });
            assertThat(result.problems()).isSortedAccordingTo(Comparator.comparingInt(ImportProblem::row));
        }
        // The parser's last-resort catch is for library faults; reaching it here means a bug.
        assertThat(result.problems()).extracting(ImportProblem::message)
                .noneMatch(message -> message.startsWith("the file could not be read;"));
        return result.isValid();
    }

    private static Set<String> knownCodes() {
        Set<String> codes = new HashSet<>();
        for (Field field : ImportProblemCodes.class.getFields()) {
            try {
                codes.add((String) field.get(null));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return codes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
