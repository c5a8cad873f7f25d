package dk.virkning.api.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dk.virkning.api.project.RegistryApi;
import dk.virkning.api.user.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The inputs the attack on the demo answered with 500 or stored as nonsense, one by one. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        RegistryApi.BOOTSTRAP_PROPERTY, RegistryApi.EPHEMERAL_DATABASE})
class StrictInputApiTest {

    @LocalServerPort
    int port;

    final JsonMapper json = JsonMapper.builder().build();

    record Answer(int status, String type, String body) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }
    }

    @Test
    void evaluatingAllOfMineWorksForAnOrganisationWithTwoProjects() throws Exception {
        RegistryApi registry = new RegistryApi(port);
        RegistryApi.Tenant tenant = registry.newTenant();
        registry.createProject(tenant.token(), RegistryApi.who5Project("First"));
        registry.createProject(tenant.token(), RegistryApi.who5Project("Second"));

        Answer all = send("POST", "/api/v1/jobs/evaluation", tenant.token(), "application/json", "{}");
        assertThat(all.status()).as(all.body()).isEqualTo(202);
        assertThat(send("POST", "/api/v1/jobs/evaluation", tenant.token(), "application/json", "").status()).isEqualTo(202);
        assertThat(send("POST", "/api/v1/jobs/evaluation", tenant.token(), "application/json", "null").status()).isEqualTo(202);
        Answer nullId = send("POST", "/api/v1/jobs/evaluation", tenant.token(), "application/json", "{\"projectIds\":[null]}");
        assertProblem(nullId, 422, "projectIds");
        assertProblem(send("POST", "/api/v1/jobs/report", tenant.token(), "application/json", "{\"poolIds\":[null]}"),
                422, "poolIds");
        assertProblem(send("POST", "/api/v1/jobs/report", tenant.token(), "application/json", "{\"languages\":[null]}"),
                422, "languages");
    }

    @Test
    void evaluatingAllOfMineWithNoProjectsCompletesWithNothingToDo() throws Exception {
        RegistryApi registry = new RegistryApi(port);
        RegistryApi.Tenant tenant = registry.newTenant();

        Answer started = send("POST", "/api/v1/jobs/evaluation", tenant.token(), "application/json", "{}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String job = "/api/v1/jobs/" + started.json().path("id").asLong();
        Answer progress = send("GET", job, tenant.token(), null, null);
        for (int i = 0; i < 100 && !progress.json().path("endTime").isString(); i++) {
            Thread.sleep(100);
            progress = send("GET", job, tenant.token(), null, null);
        }
        assertThat(progress.json().path("status").asString()).as(progress.body()).isEqualTo("COMPLETED");
    }

    @Test
    void anUnknownJobIsNotFoundForThePlatformAdministrator() throws Exception {
        assertProblem(send("GET", "/api/v1/jobs/987654321", ApiClient.ADMIN_TOKEN, null, null), 404, "987654321");
        assertProblem(send("POST", "/api/v1/jobs/987654321/restart", ApiClient.ADMIN_TOKEN, null, null), 404, "987654321");
    }

    @Test
    void pathIdsAreDecimalAndMalformedUrlsAreProblemDetails() throws Exception {
        RegistryApi registry = new RegistryApi(port);
        RegistryApi.Tenant tenant = registry.newTenant();
        long project = registry.createProject(tenant.token(), RegistryApi.who5Project("Decimal"));
        assertThat(send("GET", "/api/v1/projects/" + project, tenant.token(), null, null).status()).isEqualTo(200);
        for (String id : List.of("0x" + Long.toHexString(project), "+" + project, "0" + project + ".0", "%20" + project,
                "%EF%BC%91", "1e1")) {
            assertProblem(raw("GET", "/api/v1/projects/" + id, tenant.token(), null, null), 400, null);
        }
        assertProblem(raw("GET", "/api/v1/organisations/1/audit?limit=%zz", ApiClient.ADMIN_TOKEN, null, null), 400, "percent");
        assertProblem(raw("GET", "/api/v1/projects/1/participants/a%00b", tenant.token(), null, null), 400, null);
        assertProblem(send("GET", "/api/v1/no-such-thing", tenant.token(), null, null), 404, null);
        assertProblem(send("DELETE", "/api/v1/projects/" + project, tenant.token(), null, null), 405, null);
        assertProblem(send("POST", "/api/v1/projects", tenant.token(), "text/plain", "x"), 415, null);
    }

    @Test
    void brokenMultipartIsABadRequest() throws Exception {
        RegistryApi registry = new RegistryApi(port);
        RegistryApi.Tenant tenant = registry.newTenant();
        long project = registry.createProject(tenant.token(), RegistryApi.who5Project("Multipart"));
        String path = "/api/v1/projects/" + project + "/imports";
        assertProblem(send("POST", path, tenant.token(), "multipart/form-data", "x"), 400, "multipart");
        assertProblem(send("POST", path, tenant.token(), "multipart/form-data; boundary=b",
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nparticipant,wa"), 400, null);
    }

    @Test
    void jsonIsUtf8WithoutAByteOrderMark() throws Exception {
        RegistryApi registry = new RegistryApi(port);
        RegistryApi.Tenant tenant = registry.newTenant();
        long project = registry.createProject(tenant.token(), RegistryApi.who5Project("Tegnsæt"));
        String path = "/api/v1/projects/" + project + "/participants";
        String body = "{\"code\":\"Ø1\",\"consentEvaluation\":true,\"consentDate\":\"2025-01-10\",\"enrolledOn\":\"2025-01-10\"}";

        assertProblem(sendBytes(path, tenant.token(), "application/json", ("\uFEFF" + body).getBytes(StandardCharsets.UTF_8)),
                400, "byte order mark");
        assertProblem(sendBytes(path, tenant.token(), "application/json", body.getBytes(StandardCharsets.UTF_16LE)),
                400, "UTF-8");
        assertProblem(sendBytes(path, tenant.token(), "application/json", body.getBytes(StandardCharsets.UTF_16)),
                400, "byte order mark");
        assertProblem(sendBytes(path, tenant.token(), "application/json;charset=ISO-8859-1",
                body.getBytes(StandardCharsets.ISO_8859_1)), 400, "ISO-8859-1");
        assertThat(sendBytes(path, tenant.token(), "application/json;charset=UTF-8",
                body.getBytes(StandardCharsets.UTF_8)).status()).as("the same body in UTF-8").isEqualTo(201);
    }

    private Answer sendBytes(String path, String token, String type, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    @Test
    void nonsenseIsRefusedWithTheFieldNamedAndNoJavaInIt() throws Exception {
        RegistryApi registry = new RegistryApi(port);
        RegistryApi.Tenant tenant = registry.newTenant();
        long project = registry.createProject(tenant.token(), RegistryApi.who5Project("Strict"));
        String path = "/api/v1/projects/" + project + "/participants";
        Map<String, String> refused = Map.ofEntries(
                Map.entry("{\"code\":\"P\\u00001\",\"consentEvaluation\":true,\"consentDate\":\"2025-01-10\",\"enrolledOn\":\"2025-01-10\"}", "code"),
                Map.entry("{\"code\":\"P\\ud8001\",\"consentEvaluation\":true,\"consentDate\":\"2025-01-10\",\"enrolledOn\":\"2025-01-10\"}", "code"),
                Map.entry("{\"code\":\"P1\",\"consentEvaluation\":true,\"consentDate\":\"+9999999-01-01\",\"enrolledOn\":\"2025-01-10\"}", "consentDate"),
                Map.entry("{\"code\":\"P1\",\"consentEvaluation\":true,\"consentDate\":\"0000-01-01\",\"enrolledOn\":\"2025-01-10\"}", "consentDate"),
                Map.entry("{\"code\":\"P1\",\"consentEvaluation\":true,\"consentDate\":\"1999-12-31\",\"enrolledOn\":\"2025-01-10\"}", "consentDate"),
                Map.entry("{\"code\":\"P1\",\"consentEvaluation\":true,\"consentDate\":\"2025-01-10T12:00:00\",\"enrolledOn\":\"2025-01-10\"}", "consentDate"),
                Map.entry("{\"code\":\"P1\",\"consentEvaluation\":true,\"consentDate\":20250110,\"enrolledOn\":\"2025-01-10\"}", "consentDate"),
                Map.entry("{\"code\":\"P1\",\"consentEvaluation\":true,\"consentDate\":\"2025-01-10\",\"enrolledOn\":\"2025-01-10\",\"gender\":1}", "gender"),
                Map.entry("{\"code\":\"P1\",\"consentEvaluation\":true,\"consentDate\":\"2025-01-10\",\"enrolledOn\":\"2025-01-10\",\"gender\":\"1\"}", "gender"),
                Map.entry("{\"code\":1234,\"consentEvaluation\":true,\"consentDate\":\"2025-01-10\",\"enrolledOn\":\"2025-01-10\"}", "code"),
                Map.entry("{\"code\":\"P1\",\"consentEvaluation\":\"true\",\"consentDate\":\"2025-01-10\",\"enrolledOn\":\"2025-01-10\"}", "consentEvaluation"),
                Map.entry("{\"code\":\"P1\",\"consentEvaluation\":1,\"consentDate\":\"2025-01-10\",\"enrolledOn\":\"2025-01-10\"}", "consentEvaluation"),
                Map.entry("{\"code\":\"P1\",\"consentEvaluation\":true,\"consentDate\":\"2025-01-10\",\"enrolledOn\":\"2025-01-10\",\"birthYear\":1950.5}", "birthYear"),
                Map.entry("{\"code\":\"P1\",\"consentEvaluation\":true,\"consentDate\":\"2025-01-10\",\"enrolledOn\":\"2025-01-10\",\"birthYear\":\"1950\"}", "birthYear"),
                Map.entry("{\"code\":\"P1\",\"code\":\"P2\",\"consentEvaluation\":true,\"consentDate\":\"2025-01-10\",\"enrolledOn\":\"2025-01-10\"}", "twice"),
                Map.entry("{\"code\":\"\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10-\uFF11\uFF12\uFF13\uFF14\",\"consentEvaluation\":true,\"consentDate\":\"2025-01-10\",\"enrolledOn\":\"2025-01-10\"}", "CPR"),
                Map.entry("{\"code\":\"name(at)example.dk\",\"consentEvaluation\":true,\"consentDate\":\"2025-01-10\",\"enrolledOn\":\"2025-01-10\"}", "e-mail"));
        for (Map.Entry<String, String> entry : refused.entrySet()) {
            Answer answer = send("POST", path, tenant.token(), "application/json", entry.getKey());
            assertThat(answer.status()).as(entry.getKey() + " → " + answer.body()).isBetween(400, 422);
            assertProblem(answer, answer.status(), entry.getValue());
        }
        assertThat(send("GET", path, tenant.token(), null, null).json().size()).isZero();
    }

    @Test
    void aHugeExponentIsRefusedQuicklyWithASmallAnswer() throws Exception {
        ApiClient access = new ApiClient(port);
        long foundation = access.createOrganisation(ApiClient.unique("Fond"), "FOUNDATION");
        String funder = access.tokenFor(foundation, "FUNDER");
        for (String number : List.of("1e-999999999", "1e999999999", "0.001", "-1")) {
            long started = System.nanoTime();
            Answer answer = send("POST", "/api/v1/grant-pools", funder, "application/json",
                    "{\"organisationId\":" + foundation + ",\"name\":\"Pool\",\"totalDkk\":" + number + "}");
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
            assertThat(answer.body().length()).isLessThan(2_000);
            assertProblem(answer, answer.status(), "totalDkk");
        }
    }

    @Test
    void anAnswerListsAtMostOneHundredProblemsAndSaysHowManyThereWere() throws Exception {
        RegistryApi registry = new RegistryApi(port);
        RegistryApi.Tenant tenant = registry.newTenant();
        long project = registry.createProject(tenant.token(), RegistryApi.who5Project("Many"));
        StringBuilder csv = new StringBuilder("participant,wave,answered_on,WHO5_1,WHO5_2,WHO5_3,WHO5_4,WHO5_5\n");
        for (int i = 0; i < 500; i++) {
            csv.append("nobody-").append(i).append(",baseline,2025-02-01,9,9,9,9,9\n");
        }
        Answer answer = send("POST", "/api/v1/projects/" + project + "/imports", tenant.token(),
                "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--b--\r\n");
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.json().get("errors").size()).isEqualTo(100);
        assertThat(answer.json().get("errorCount").asInt()).isGreaterThan(100);
        assertThat(answer.body().length()).isLessThan(64 * 1024);
    }

    private void assertProblem(Answer answer, int status, String mentioned) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.type()).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("java.", "tools.jackson", "org.springframework", "Exception", "<html");
        String detail = answer.json().path("detail").asString("");
        assertThat(detail).isNotBlank();
        if (mentioned != null) {
            assertThat(answer.body()).containsIgnoringCase(mentioned);
        }
    }

    private Answer send(String method, String path, String token, String type, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    /** For URLs java.net.URI would refuse to send. */
    private Answer raw(String method, String path, String token, String type, String body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer "
                    + token + "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(out.toByteArray());
            byte[] all = socket.getInputStream().readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String head = text.substring(0, end);
            java.util.regex.Matcher ct = java.util.regex.Pattern.compile("(?im)^content-type:\\s*(.*)$").matcher(head);
            byte[] bytes = java.util.Arrays.copyOfRange(all, end + 4, all.length);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                ByteArrayOutputStream joined = new ByteArrayOutputStream();
                int i = 0;
                while (i < bytes.length) {
                    int line = i;
                    while (line + 1 < bytes.length && !(bytes[line] == '\r' && bytes[line + 1] == '\n')) {
                        line++;
                    }
                    int size = Integer.parseInt(new String(bytes, i, line - i, StandardCharsets.ISO_8859_1).trim(), 16);
                    if (size == 0) {
                        break;
                    }
                    joined.write(bytes, line + 2, size);
                    i = line + 2 + size + 2;
                }
                bytes = joined.toByteArray();
            }
            String payload = new String(bytes, StandardCharsets.UTF_8);
            return new Answer(Integer.parseInt(head.substring(9, 12)), ct.find() ? ct.group(1).trim() : "", payload);
        }
    }
}
