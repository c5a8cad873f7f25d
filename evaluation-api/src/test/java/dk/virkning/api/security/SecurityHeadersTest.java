package dk.virkning.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.virkning.api.project.RegistryApi;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The security headers of docs/privacy.md on every kind of answer: JSON, problem detail, PDF, 401, pages. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        RegistryApi.BOOTSTRAP_PROPERTY, RegistryApi.EPHEMERAL_DATABASE})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityFilters;

    final HttpClient http = HttpClient.newHttpClient();
    TenantWorld world;

    @BeforeAll
    void buildTheWorld() {
        world = TenantWorld.build(port);
    }

    @Test
    void everyDataAnswerHasTheStrictPolicyAndNoStoreAndNoHstsOverPlainHttp() throws Exception {
        String project = "/api/v1/projects/" + world.aProject();
        record Case(String what, String path, String token, int status, String contentType) {
        }
        List<Case> cases = List.of(
                new Case("JSON", "/api/v1/users/me", world.aToken(), 200, "application/json"),
                new Case("JSON list", project + "/responses", world.aToken(), 200, "application/json"),
                new Case("problem detail", project + "/participants/NO-SUCH-CODE", world.aToken(), 404,
                        "application/problem+json"),
                new Case("PDF", project + "/report.pdf", world.aToken(), 200, "application/pdf"),
                new Case("funder's PDF", project + "/report.pdf", world.fFunderToken(), 200, "application/pdf"),
                new Case("401 without a token", "/api/v1/users/me", null, 401, "application/problem+json"),
                new Case("401 with an unknown token", "/api/v1/users/me", "vk_unknown", 401, "application/problem+json"),
                new Case("403", project + "/participants", RegistryApi.ADMIN_TOKEN, 403, "application/problem+json"),
                new Case("OpenAPI document", "/v3/api-docs", null, 200, "application/json"));
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            HttpResponse<byte[]> response = send(c.path(), c.token());
            String prefix = c.what() + " (" + c.path() + "): ";
            if (response.statusCode() != c.status()) {
                failures.add(prefix + "status " + response.statusCode());
            }
            expectHeader(failures, prefix, response, "Content-Type", value -> value.startsWith(c.contentType()));
            expectHeader(failures, prefix, response, "Content-Security-Policy", SecurityConfiguration.API_CSP::equals);
            expectHeader(failures, prefix, response, "Cache-Control", "no-store"::equals);
            expectCommonHeaders(failures, prefix, response);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void hstsIsSentOnlyOverTls() throws Exception {
        assertThat(send("/actuator/health", null).headers().firstValue("Strict-Transport-Security")).isEmpty();

        MockHttpServletRequest secure = new MockHttpServletRequest("GET", "/actuator/health");
        secure.setSecure(true);
        secure.setScheme("https");
        MockHttpServletResponse response = new MockHttpServletResponse();
        securityFilters.doFilter(secure, response, new MockFilterChain());
        assertThat(response.getHeader("Strict-Transport-Security")).startsWith("max-age=").contains("includeSubDomains");

        MockHttpServletRequest plain = new MockHttpServletRequest("GET", "/actuator/health");
        MockHttpServletResponse plainResponse = new MockHttpServletResponse();
        securityFilters.doFilter(plain, plainResponse, new MockFilterChain());
        assertThat(plainResponse.getHeader("Strict-Transport-Security")).isNull();
    }

    /** Swagger UI must work under its policy: no inline script, and every script and stylesheet same-origin. */
    @Test
    void swaggerUiLoadsUnderItsPolicyWithSameOriginScriptsAndStyles() throws Exception {
        HttpResponse<byte[]> page = send("/swagger-ui/index.html", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(SecurityConfiguration.PAGE_CSP);
        List<String> failures = new ArrayList<>();
        expectCommonHeaders(failures, "index.html: ", page);
        String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);

        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
        List<String> assets = new ArrayList<>();
        while (scripts.find()) {
            Matcher src = Pattern.compile("src=\"([^\"]+)\"").matcher(scripts.group(1));
            assertThat(src.find()).as("an inline script, which script-src 'self' blocks: " + scripts.group()).isTrue();
            assertThat(scripts.group(2).isBlank()).isTrue();
            assets.add(src.group(1));
        }
        Matcher links = Pattern.compile("<link[^>]*href=\"([^\"]+)\"").matcher(html);
        while (links.find()) {
            assets.add(links.group(1));
        }
        assertThat(assets).hasSizeGreaterThanOrEqualTo(5).contains("./swagger-initializer.js", "./swagger-ui.css");
        for (String asset : assets) {
            assertThat(asset).as("same-origin").doesNotContain("//").doesNotStartWith("http");
            String path = "/swagger-ui/" + asset.replaceFirst("^\\./", "");
            HttpResponse<byte[]> loaded = send(path, null);
            if (loaded.statusCode() != 200) {
                failures.add(path + ": " + loaded.statusCode());
            }
            if (path.endsWith(".css")) {
                Matcher urls = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)").matcher(new String(loaded.body()));
                while (urls.find()) {
                    String url = urls.group(1);
                    if (!url.startsWith("data:") && (url.contains("//") || url.startsWith("http"))) {
                        failures.add(path + " loads " + url + ", which img-src does not allow");
                    }
                }
            }
        }
        // The initializer fetches its configuration and the API description from the same origin (connect-src 'self').
        String initializer = new String(send("/swagger-ui/swagger-initializer.js", null).body());
        assertThat(initializer).doesNotContain("http://").doesNotContain("https://");
        assertThat(send("/v3/api-docs/swagger-config", null).statusCode()).isEqualTo(200);
        assertThat(failures).isEmpty();
    }

    private static void expectCommonHeaders(List<String> failures, String prefix, HttpResponse<?> response) {
        expectHeader(failures, prefix, response, "X-Content-Type-Options", "nosniff"::equals);
        expectHeader(failures, prefix, response, "Referrer-Policy", "no-referrer"::equals);
        expectHeader(failures, prefix, response, "X-Frame-Options", "DENY"::equals);
        expectHeader(failures, prefix, response, "Permissions-Policy",
                value -> value.contains("camera=()") && value.contains("microphone=()") && value.contains("geolocation=()"));
        if (response.headers().firstValue("Strict-Transport-Security").isPresent()) {
            failures.add(prefix + "HSTS over plain HTTP");
        }
        if (response.headers().firstValue("Set-Cookie").isPresent()) {
            failures.add(prefix + "sets a cookie");
        }
    }

    private static void expectHeader(List<String> failures, String prefix, HttpResponse<?> response, String name,
            java.util.function.Predicate<String> ok) {
        List<String> values = response.headers().allValues(name);
        if (values.size() != 1 || !ok.test(values.get(0))) {
            failures.add(prefix + name + " is " + values);
        }
    }

    private HttpResponse<byte[]> send(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
