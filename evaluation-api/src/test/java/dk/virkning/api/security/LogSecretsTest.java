package dk.virkning.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.virkning.api.project.RegistryApi;
import dk.virkning.api.user.ApiClient;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Secrets sent in every malformed way a client can manage, and errors provoked with secrets in
 * their bound values, must never reach the log (docs/privacy.md, "What is logged"), neither the
 * application's lines nor Tomcat's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        RegistryApi.BOOTSTRAP_PROPERTY, RegistryApi.EPHEMERAL_DATABASE})
@ExtendWith(OutputCaptureExtension.class)
class LogSecretsTest {

    @LocalServerPort
    int port;

    @Autowired
    Jdbi jdbi;

    private final List<String> secrets = new ArrayList<>();

    private String secret() {
        String secret = "s3cret" + UUID.randomUUID().toString().replace("-", "");
        secrets.add(secret);
        return secret;
    }

    private String token() {
        String token = "vk_" + UUID.randomUUID().toString().replace("-", "") + "Xy_-Z";
        secrets.add(token);
        return token;
    }

    @Test
    void noTokenOrSecretSentOrBoundEverReachesTheLog(CapturedOutput output) throws Exception {
        List<String> requests = new ArrayList<>();
        // Header values Tomcat itself rejects, with the line in its log message.
        requests.add(get("/api/v1/users/me", "Authorization: Bearer " + token() + "\u0001x"));
        requests.add(get("/api/v1/users/me", "Authorization: Bearer " + token() + "\u00ff"));
        requests.add(get("/api/v1/users/me", "Authorization: Bearer " + secret() + "\u007f"));
        requests.add(get("/api/v1/users/me", "Authorization : Bearer " + token()));
        requests.add(get("/api/v1/users/me", "Cookie: JSESSIONID=" + secret() + "\u0001"));
        // Headers the filter refuses.
        requests.add(get("/api/v1/users/me", "Authorization: " + token()));
        requests.add(get("/api/v1/users/me", "Authorization: Basic " + secret()));
        requests.add(get("/api/v1/users/me", "Authorization: Bearer " + token()));
        requests.add(get("/api/v1/users/me", "Authorization: Bearer " + token() + " " + secret()));
        requests.add(get("/api/v1/users/me", "Authorization: Bearer " + "x".repeat(300) + secret()));
        // Secrets in the request line: an invalid character, invalid percent encoding, a token where an id goes.
        requests.add(raw("GET /api/v1/users/me?access_token=" + secret() + "|{} HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n"));
        requests.add(get("/api/v1/projects?token=" + secret() + "%zz", "Authorization: Bearer " + token()));
        requests.add(get("/api/v1/users/" + token(), "Authorization: Bearer " + ApiClient.ADMIN_TOKEN));
        requests.add(get("/api/v1/users/" + token() + "/tokens", null));
        for (String response : requests) {
            assertThat(response).startsWith("HTTP/1.1 4");
        }

        // Errors whose statements bind secrets: a NUL that PostgreSQL refuses, a duplicate key.
        ApiClient api = new ApiClient(port);
        long organisation = api.createOrganisation(ApiClient.unique("Logforening"), "NGO");
        String email = secret() + "@example.org";
        ApiClient.Response nul = api.post(api.orgAdminToken(organisation), "/api/v1/users", Map.of("email", email,
                "name", secret() + "\u0000", "memberships", List.of(Map.of("organisationId", organisation,
                        "role", "STAFF"))));
        assertThat(nul.status()).isGreaterThanOrEqualTo(400);
        String duplicate = secret() + "@example.org";
        String name = secret();
        jdbi.useHandle(h -> h.execute("insert into app_user (email, name) values (?, ?)", duplicate, name));
        try {
            jdbi.useHandle(h -> h.createUpdate("insert into app_user (email, name) values (:email, :name)")
                    .bind("email", duplicate).bind("name", name).execute());
            throw new AssertionError("the duplicate was stored");
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(LogSecretsTest.class).error("A failed statement", e);
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).as("exception message").doesNotContain(duplicate);
            }
        }

        Thread.sleep(200); // Tomcat logs a rejected request on its own thread after answering it.
        String log = output.getAll();
        assertThat(log).as("the requests were logged at all").contains("A failed statement");
        for (String secret : secrets) {
            assertThat(log).as("the log must not contain " + secret).doesNotContain(secret);
        }
    }

    @Test
    void redactionKeepsTheRestOfTheLine() {
        assertThat(LogRedaction.redact("The HTTP header line [Authorization: Bearer abc\u0001] does not conform"))
                .isEqualTo("The HTTP header line [Authorization: [REDACTED]] does not conform");
        assertThat(LogRedaction.redact("Failed to convert value 'vk_abcdef-123' to long"))
                .isEqualTo("Failed to convert value 'vk_[REDACTED]' to long");
        assertThat(LogRedaction.redact("GET /x?page=2&token=abc&b=1")).isEqualTo("GET /x?page=2&token=[REDACTED]&b=1");
        assertThat(LogRedaction.redact("send 'Authorization: Bearer <token>'")).isEqualTo("send 'Authorization: Bearer <token>'");
        assertThat(LogRedaction.redact("Started evaluation of 3 projects")).isEqualTo("Started evaluation of 3 projects");
    }

    private String get(String target, String header) throws IOException {
        return raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + (header == null ? "" : header + "\r\n")
                + "Connection: close\r\n\r\n");
    }

    /** Sends the request byte for byte (ISO-8859-1), as no HTTP client library would. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
