package dk.virkning.api.importing;

import static dk.virkning.api.importing.ImportUpload.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.api.project.RegistryApi;
import dk.virkning.api.user.ApiClient;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        RegistryApi.BOOTSTRAP_PROPERTY, RegistryApi.EPHEMERAL_DATABASE})
class ImportApiTest {

    static final String WIDE_HEADER = "participant,wave,answered_on,WHO5_1,WHO5_2,WHO5_3,WHO5_4,WHO5_5";
    static final List<String> TABLES = List.of("response", "response_history", "import_batch");

    @LocalServerPort
    int port;

    @Autowired
    Jdbi jdbi;

    RegistryApi api;
    ImportUpload upload;
    RegistryApi.Tenant tenant;
    long projectId;

    @BeforeEach
    void setUp() {
        api = new RegistryApi(port);
        upload = new ImportUpload(port);
        tenant = api.newTenant();
        projectId = api.createProject(tenant.token(), RegistryApi.who5Project("Import"));
    }

    void participants(long project, int count) {
        for (int i = 1; i <= count; i++) {
            api.createParticipant(tenant.token(), project, code(i));
        }
    }

    static String code(int i) {
        return String.format("P%03d", i);
    }

    /** Answers of participant i at wave w (0 baseline, 1 post), item k: always 0-5. */
    static int answer(int i, int w, int k) {
        return (i + 2 * k + w) % 6;
    }

    /** 50 participants × 2 waves = 100 data rows (file rows 2-101), WHO5 only. */
    static String hundredRows(Map<Integer, String> replacedRows) {
        StringBuilder csv = new StringBuilder(WIDE_HEADER).append('\n');
        int fileRow = 2;
        for (int i = 1; i <= 50; i++) {
            for (int w = 0; w < 2; w++, fileRow++) {
                String line = code(i) + "," + (w == 0 ? "baseline" : "post") + "," + (w == 0 ? "2025-02-01" : "2025-05-01");
                for (int k = 1; k <= 5; k++) {
                    line += "," + answer(i, w, k);
                }
                csv.append(replacedRows.getOrDefault(fileRow, line)).append('\n');
            }
        }
        return csv.toString();
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>();
        jdbi.useHandle(h -> TABLES.forEach(table -> counts.put(table, h.createQuery(
                "select count(*) from " + table + " where organisation_id = :o")
                .bind("o", tenant.organisationId()).mapTo(Long.class).one())));
        return counts;
    }

    static List<ErrorAt> errors(ApiClient.Response response) {
        List<ErrorAt> errors = new ArrayList<>();
        response.json().get("errors").valueStream().forEach(e -> errors.add(new ErrorAt(
                e.get("row").isNull() ? null : e.get("row").asInt(),
                e.get("field").isNull() ? null : e.get("field").asString(), e.get("code").asString())));
        return errors;
    }

    record ErrorAt(Integer row, String field, String code) {
    }

    @Test
    void aHundredRowFileWithOneBadAnswerIsRefusedNamingExactlyThatCellAndWritesNothing() {
        participants(projectId, 50);
        String bad = code(28) + ",post,2025-05-01,1,2,7,3,4";

        ApiClient.Response refused = upload.upload(tenant.token(), projectId, "svar.csv", "text/csv",
                utf8(hundredRows(Map.of(57, bad))));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("title").asString()).isEqualTo("Invalid input");
        assertThat(errors(refused)).containsExactly(new ErrorAt(57, "WHO5_3", "VALUE_NOT_ALLOWED"));
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .startsWith("row 57, column WHO5_3: WHO5 item 3: 7 is not an allowed answer");
        assertThat(counts()).containsOnly(Map.entry("response", 0L), Map.entry("response_history", 0L),
                Map.entry("import_batch", 0L));
    }

    @Test
    void theCorrectedFileIsStoredWithItsScoresAndTheSameFileAgainChangesNothing() {
        participants(projectId, 50);
        byte[] file = utf8(hundredRows(Map.of()));

        ApiClient.Response created = upload.upload(tenant.token(), projectId, "svar.csv", "text/csv", file);

        assertThat(created.status()).isEqualTo(201);
        JsonNode summary = created.json();
        assertThat(summary.get("fileName").asString()).isEqualTo("svar.csv");
        assertThat(summary.get("fileType").asString()).isEqualTo("CSV");
        assertThat(summary.get("format").asString()).isEqualTo("WIDE");
        assertThat(summary.get("encoding").asString()).isEqualTo("UTF-8");
        assertThat(summary.get("delimiter").asString()).isEqualTo(",");
        assertThat(summary.get("responses").asInt()).isEqualTo(100);
        assertThat(summary.get("created").asInt()).isEqualTo(100);
        assertThat(summary.get("replaced").asInt()).isZero();
        assertThat(summary.get("unchanged").asInt()).isZero();
        assertThat(summary.get("alreadyImported").asBoolean()).isFalse();
        assertThat(created.json().get("importId").asLong()).isPositive();
        Map<String, Double> scores = new HashMap<>();
        api.get(tenant.token(), "/api/v1/projects/" + projectId + "/responses").json().valueStream()
                .forEach(r -> scores.put(r.get("participantCode").asString() + "/" + r.get("wave").asString(),
                        r.get("score").asDouble()));
        assertThat(scores).hasSize(100);
        for (int i = 1; i <= 50; i++) {
            for (int w = 0; w < 2; w++) {
                int sum = 0;
                for (int k = 1; k <= 5; k++) {
                    sum += answer(i, w, k);
                }
                assertThat(scores.get(code(i) + "/" + (w == 0 ? "baseline" : "post"))).isEqualTo(sum * 4.0);
            }
        }
        Map<String, Long> before = counts();
        assertThat(before).containsEntry("response", 100L).containsEntry("import_batch", 1L);

        ApiClient.Response again = upload.upload(tenant.token(), projectId, "svar (kopi).csv", "text/csv", file);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("alreadyImported").asBoolean()).isTrue();
        assertThat(again.json().get("importId").asLong()).isEqualTo(created.json().get("importId").asLong());
        assertThat(again.json().get("created").asInt()).isEqualTo(100);
        assertThat(counts()).isEqualTo(before);
        ApiClient.Response listed = api.get(tenant.token(), "/api/v1/projects/" + projectId + "/imports");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().size()).isEqualTo(1);
        assertThat(listed.json().get(0).get("fileSha256").asString()).hasSize(64);
        assertThat(api.get(tenant.token(), "/api/v1/projects/" + projectId + "/imports/"
                + created.json().get("importId").asLong()).json().get("responses").asInt()).isEqualTo(100);
    }

    @Test
    void acceptsDanishExcelWideCsvInWindows1252AndUtf8WithBom() {
        long project = api.createProject(tenant.token(), RegistryApi.who5Project("Dansk",
                "instruments", List.of("WHO5", "TILS"),
                "waves", List.of(Map.of("name", "Målepunkt 1", "offsetDays", 0), Map.of("name", "Opfølgning", "offsetDays", 90))));
        for (String code : List.of("D-001", "D-002", "D-003")) {
            api.createParticipant(tenant.token(), project, code);
        }
        String text = "Deltager;Målepunkt;Besvaret;Metode;WHO5_1;WHO5_2;WHO5_3;WHO5_4;WHO5_5;TILS_1;TILS_2;TILS_3\r\n"
                + "D-001;Målepunkt 1;03-02-2025;Selv;3;4;2;3;4,0;2;2;3\r\n"
                + "D-002;Målepunkt 1;04.02.2025;Interview;2;2;1;2;3;3;3;3\r\n"
                + "D-003;Målepunkt 1;5/2/2025;Selv;;;;;;2;1;2\r\n"
                + "D-003;Opfølgning;05-05-2025;Selv;4;3;4;4;4;1;1;2\r\n"
                + ";;;;;;;;;;;\r\n";

        ApiClient.Response windows = upload.upload(tenant.token(), project, "svar.csv", "text/csv",
                text.getBytes(Charset.forName("windows-1252")));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        ApiClient.Response utf8WithBom = upload.upload(tenant.token(), project, "svar-utf8.csv", "text/csv", withBom);

        assertThat(windows.status()).as(windows.body()).isEqualTo(201);
        assertThat(windows.json().get("encoding").asString()).isEqualTo("windows-1252");
        assertThat(windows.json().get("delimiter").asString()).isEqualTo(";");
        assertThat(windows.json().get("responses").asInt()).isEqualTo(7);
        assertThat(utf8WithBom.status()).as(utf8WithBom.body()).isEqualTo(201);
        assertThat(utf8WithBom.json().get("encoding").asString()).isEqualTo("UTF-8");
        // The same answers decoded from the other encoding: every stored response is left as it was.
        assertThat(utf8WithBom.json().get("unchanged").asInt()).isEqualTo(7);
        JsonNode stored = api.get(tenant.token(), "/api/v1/projects/" + project + "/responses?wave=Opfølgning").json();
        assertThat(stored.valueStream().map(r -> r.get("instrument").asString() + "=" + r.get("score").asDouble()))
                .containsExactlyInAnyOrder("WHO5=76.0", "TILS=4.0");
        assertThat(stored.get(0).get("mode").asString()).isEqualTo("SELF");
    }

    @Test
    void acceptsLongFormatXlsx() {
        participants(projectId, 2);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Deltager", "Målepunkt", "Skema", "Besvaret", "Spørgsmål", "Svar"));
        for (int k = 1; k <= 5; k++) {
            rows.add(List.of("P001", "baseline", "WHO5", LocalDate.of(2025, 2, 1), k, 3));
            rows.add(List.of("P002", "post", "WHO5", LocalDate.of(2025, 5, 1), "WHO5_" + k, k));
        }

        ApiClient.Response created = upload.upload(tenant.token(), projectId, "svar.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ImportUpload.xlsx(rows));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("fileType").asString()).isEqualTo("XLSX");
        assertThat(created.json().get("format").asString()).isEqualTo("LONG");
        assertThat(created.json().get("encoding").isNull()).isTrue();
        assertThat(created.json().get("delimiter").isNull()).isTrue();
        assertThat(created.json().get("responses").asInt()).isEqualTo(2);
        assertThat(api.get(tenant.token(), "/api/v1/projects/" + projectId + "/responses").json().valueStream()
                .map(r -> r.get("score").asDouble())).containsExactlyInAnyOrder(60.0, 60.0);
    }

    @Test
    void anotherOrganisationGets404AndThePlatformAdministrator403AndNothingIsStored() {
        participants(projectId, 50);
        byte[] file = utf8(hundredRows(Map.of()));
        RegistryApi.Tenant other = api.newTenant();

        ApiClient.Response stranger = upload.upload(other.token(), projectId, "svar.csv", "text/csv", file);
        ApiClient.Response admin = upload.upload(RegistryApi.ADMIN_TOKEN, projectId, "svar.csv", "text/csv", file);

        assertThat(stranger.status()).isEqualTo(404);
        assertThat(admin.status()).isEqualTo(403);
        assertThat(api.get(other.token(), "/api/v1/projects/" + projectId + "/imports").status()).isEqualTo(404);
        assertThat(api.get(RegistryApi.ADMIN_TOKEN, "/api/v1/projects/" + projectId + "/imports").status())
                .isEqualTo(403);
        assertThat(counts()).containsOnly(Map.entry("response", 0L), Map.entry("response_history", 0L),
                Map.entry("import_batch", 0L));
    }

    @Test
    void refusesACprLikeParticipantCodeAtItsRow() {
        participants(projectId, 2);
        String file = WIDE_HEADER + "\nP001,baseline,2025-02-01,1,2,3,4,5\n"
                + "P002,baseline,2025-02-01,1,2,3,4,5\n"
                + "2512481234,post,2025-05-01,1,2,3,4,5\n";

        ApiClient.Response refused = upload.upload(tenant.token(), projectId, "svar.csv", "text/csv", utf8(file));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(errors(refused)).containsExactly(new ErrorAt(4, "participant", "LOOKS_LIKE_CPR"));
        assertThat(refused.body()).doesNotContain("2512481234");
        assertThat(counts().get("response")).isZero();
    }

    @Test
    void aParticipantOfAnotherProjectIsRefusedInTheSameWordsAsAnUnknownOne() {
        participants(projectId, 1);
        long otherProject = api.createProject(tenant.token(), RegistryApi.who5Project("Anden"));
        api.createParticipant(tenant.token(), otherProject, "Q001");
        String file = WIDE_HEADER + "\nP001,baseline,2025-02-01,1,2,3,4,5\n"
                + "Q001,baseline,2025-02-01,1,2,3,4,5\n"
                + "Z999,baseline,2025-02-01,1,2,3,4,5\n";

        ApiClient.Response refused = upload.upload(tenant.token(), projectId, "svar.csv", "text/csv", utf8(file));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(errors(refused)).containsExactly(new ErrorAt(3, "participant", "UNKNOWN"),
                new ErrorAt(4, "participant", "UNKNOWN"));
        List<String> messages = refused.json().get("errors").valueStream().map(e -> e.get("message").asString()).toList();
        assertThat(messages.get(0).replace("row 3", "row N")).isEqualTo(messages.get(1).replace("row 4", "row N"));
        assertThat(counts().get("response")).isZero();
    }

    @Test
    void listsEveryParserAndServiceProblemSortedByRow() {
        participants(projectId, 2);
        String file = WIDE_HEADER + ",mode\n"
                + "P001,middle,2025-02-01,1,2,3,4,5,SELF\n"
                + "P002,baseline,31-02-2025,1,2,3,4,5,pigeon\n"
                + "P001,post,2025-05-01,1,2,3,4,9,SELF\n";

        ApiClient.Response refused = upload.upload(tenant.token(), projectId, "svar.csv", "text/csv", utf8(file));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(errors(refused)).extracting(ErrorAt::row, ErrorAt::field, ErrorAt::code).containsExactly(
                tuple(2, "wave", "UNKNOWN"),
                tuple(3, "answered_on", "INVALID_DATE"),
                tuple(3, "mode", "INVALID_MODE"),
                tuple(4, "WHO5_5", "VALUE_NOT_ALLOWED"));
        assertThat(counts().get("import_batch")).isZero();
    }

    @Test
    void theParsersOwnLimitsAre422AndTheUploadLimitIs413() {
        StringBuilder tooManyRows = new StringBuilder(WIDE_HEADER).append('\n');
        for (int i = 0; i <= 50_000; i++) {
            tooManyRows.append("P001,baseline,2025-02-01,1,2,3,4,5\n");
        }
        ApiClient.Response rows = upload.upload(tenant.token(), projectId, "svar.csv", "text/csv",
                utf8(tooManyRows.toString()));
        ApiClient.Response large = upload.upload(tenant.token(), projectId, "svar.csv", "text/csv",
                new byte[21 * 1024 * 1024]);

        assertThat(rows.status()).isEqualTo(422);
        assertThat(errors(rows)).containsExactly(new ErrorAt(null, null, "TOO_MANY_ROWS"));
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.json().get("status").asInt()).isEqualTo(413);
        assertThat(counts().get("import_batch")).isZero();
    }

    @Test
    void anUploadWithoutAFilePartOrOfAnotherKindIs4xx() {
        ApiClient.Response noFile = upload.send(tenant.token(), "/api/v1/projects/" + projectId + "/imports",
                "upload", "svar.csv", "text/csv", utf8(WIDE_HEADER));
        ApiClient.Response json = api.post(tenant.token(), "/api/v1/projects/" + projectId + "/imports", Map.of("file", "x"));
        ApiClient.Response legacyExcel = upload.upload(tenant.token(), projectId, "svar.xls", "application/vnd.ms-excel",
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});

        assertThat(noFile.status()).isEqualTo(400);
        assertThat(json.status()).isEqualTo(415);
        assertThat(legacyExcel.status()).isEqualTo(422);
        assertThat(errors(legacyExcel)).containsExactly(new ErrorAt(null, null, "UNSUPPORTED_FILE_TYPE"));
        assertThat(counts().get("import_batch")).isZero();
    }
}
