package dk.virkning.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.virkning.api.project.RegistryApi;
import dk.virkning.api.user.ApiClient;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generated corpus of malformed requests, sent over real HTTP by callers allowed to use each
 * endpoint, so that only input checks can refuse them. Every write endpoint (found from the
 * handler methods, so a new one joins automatically; its valid body comes from
 * {@link CrossTenantEndpoints}) gets every mutation of every field of its valid body, every
 * whole-body mutation and every path mutation; the import gets broken multipart and hostile
 * files. Every answer must be a small 4xx problem detail that names no Java internals, and
 * nothing may be written.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        RegistryApi.BOOTSTRAP_PROPERTY, RegistryApi.EPHEMERAL_DATABASE})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

    static final List<String> TABLES = List.of("organisation", "app_user", "membership", "access_token",
            "grant_pool", "grant_award", "project", "wave", "participant", "response", "response_history",
            "import_batch", "job_launch", "batch_job_execution", "audit_log", "project_partner", "report");
    static final int MAX_ANSWER_BYTES = 64 * 1024;
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INTERNALS = Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|tools\\.jackson|com\\.fasterxml|org\\.springframework|org\\.apache|org\\.postgresql"
                    + "|org\\.jdbi|dk\\.virkning|Exception|<html|<!doctype|\\bat [a-z]+\\.[a-z]+");
    /** Identifier-like participant codes in the spellings people use; every one must be refused. */
    static final List<String> CPR_LIKE = List.of("010190-1234", "0101901234", "010190 1234", "01 01 90 1234",
            "010190.1234", "010190_1234", "010190/1234", "\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10-\uFF11\uFF12\uFF13\uFF14",
            "\u0660\u0661\u0660\u0661\u0669\u0660\u0661\u0662\u0663\u0664", "45 12 34 56 78", "+45 20 30 40 50",
            "20304050", "name(at)example.dk", "name@example.dk", "name\uFF20example.dk", "P-0101901234");
    static final List<String> SQL = List.of("'; drop table participant; --", "1' or '1'='1", "\" or 1=1 --",
            "1; select pg_sleep(5)", "$$; delete from response; $$");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Jdbi jdbi;

    TenantWorld world;
    HttpClient http;
    final JsonMapper json = JsonMapper.builder().build();
    final Map<Integer, Integer> statuses = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    int sent;

    @BeforeAll
    void buildTheWorld() {
        world = TenantWorld.build(port);
        http = HttpClient.newHttpClient();
    }

    Set<String> writeEndpoints() {
        Set<String> keys = new TreeSet<>(Comparator.comparing((String k) -> k.endsWith("/erasure") || k.startsWith("DELETE"))
                .thenComparing(Comparator.naturalOrder()));
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                for (String pattern : info.getPatternValues()) {
                    if (!pattern.startsWith("/api/v1/")) {
                        continue;
                    }
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        keys.add(method.name() + " " + pattern);
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyMalformedRequestIsASmallProblemDetailAndWritesNothing() throws Exception {
        long started = System.nanoTime();
        Map<String, Long> before = counts();
        for (String key : writeEndpoints()) {
            String method = key.substring(0, key.indexOf(' '));
            String pattern = key.substring(key.indexOf(' ') + 1);
            CrossTenantEndpoints.Endpoint endpoint = CrossTenantEndpoints.all().get(key);
            assertThat(endpoint).as("a template in CrossTenantEndpoints for " + key).isNotNull();
            String path = concretePath(pattern, world);
            String token = tokenFor(pattern);
            for (String bad : badPaths(pattern)) {
                send(method, bad, token, null, null);
            }
            if (method.equals("GET") || method.equals("DELETE")) {
                continue;
            }
            List<Object> bodies = endpoint.bodies().apply(world);
            if (pattern.endsWith("/imports")) {
                importCorpus(path, token);
                continue;
            }
            // These start something with defaults when sent no body; every other write needs one.
            boolean bodyOptional = pattern.startsWith("/api/v1/jobs/") || pattern.endsWith("/tokens");
            for (Object body : bodies) {
                for (String mutated : fieldMutations(body)) {
                    send(method, path, token, "application/json", mutated.getBytes(StandardCharsets.UTF_8));
                }
                for (byte[] mutated : bodyMutations(json.writeValueAsString(body), bodyOptional)) {
                    send(method, path, token, "application/json", mutated);
                }
            }
            if (pattern.endsWith("/participants")) {
                for (String code : concat(CPR_LIKE, SQL)) {
                    send(method, path, token, "application/json",
                            json.writeValueAsBytes(RegistryApi.participant(code)));
                }
            }
            if (pattern.endsWith("/responses")) {
                for (String code : concat(CPR_LIKE, SQL)) {
                    send(method, path, token, "application/json",
                            json.writeValueAsBytes(TenantWorld.response(code, world.aWaves().get(0))));
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.println("Bad-input corpus: " + sent + " requests in " + seconds + " s, statuses " + statuses);
        assertThat(failures).as(failures.size() + " of " + sent + " answers broke the rules").isEmpty();
        assertThat(counts()).as("rows after the corpus").isEqualTo(before);
        assertThat(sent).isGreaterThanOrEqualTo(1000);
        assertThat(statuses.keySet()).allMatch(s -> s >= 400 && s < 500);
    }

    private String tokenFor(String pattern) {
        if (pattern.startsWith("/api/v1/grant-pools")) {
            return world.fFunderToken();
        }
        if (pattern.startsWith("/api/v1/organisations") || pattern.startsWith("/api/v1/users")
                || pattern.equals("/api/v1/jobs/economy")) {
            return ApiClient.ADMIN_TOKEN;
        }
        return world.aToken();
    }

    /** The path with each of its ids replaced by a value that is no id (and the participant code by hostile text). */
    private List<String> badPaths(String pattern) {
        List<String> paths = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(pattern);
        List<String> badIds = List.of("0x10", "1e3", "-1", "0", "%2B1", "1.0", "99999999999999999999", "%00", "%zz",
                "%C3%28", "%EF%BB%BF1", "%201", "%D8%00", "1%27%20or%20%271%27%3D%271", "%EF%BC%91");
        while (matcher.find()) {
            for (String bad : badIds) {
                String concrete = concretePath(pattern.substring(0, matcher.start()) + "\u0001"
                        + pattern.substring(matcher.end()), world);
                paths.add(concrete.replace("\u0001", bad));
            }
        }
        return paths;
    }

    /** Each field of the valid body (and of its nested objects and lists) replaced by values it must refuse. */
    List<String> fieldMutations(Object body) {
        List<String> out = new ArrayList<>();
        mutate(body, new ArrayList<>(), body, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private void mutate(Object root, List<Object> path, Object value, List<String> out) {
        if (value instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                List<Object> child = new ArrayList<>(path);
                child.add(key);
                mutate(root, child, map.get(key), out);
            }
            if (!path.isEmpty()) {
                for (Object bad : List.of("text", 1, List.of())) {
                    out.add(replaced(root, path, bad));
                }
            }
            return;
        }
        if (value instanceof List<?> list) {
            for (Object bad : List.of("text", Map.of("a", 1), 7)) {
                out.add(replaced(root, path, bad));
            }
            if (!list.isEmpty()) {
                List<Object> child = new ArrayList<>(path);
                child.add(0);
                mutate(root, child, list.get(0), out);
                List<Object> withNull = new ArrayList<>(list);
                withNull.add(null);
                out.add(replaced(root, path, withNull));
            }
            return;
        }
        List<Object> bads = new ArrayList<>();
        if (value instanceof String text && DATE.matcher(text).matches()) {
            bads.addAll(List.of("+9999999-01-01", "0000-01-01", "+999999999-12-31", "2025-02-30", "2025-13-01",
                    "2025-01-01T10:00:00", "2025-01-01T10:00:00Z", "01-02-2025", "20250101", 20250101, 1.5e9,
                    "1899-12-31", "-2025-01-01", "2025-1-1"));
        } else if (value instanceof String text) {
            bads.addAll(List.of(text + "\u0000", "\u0000", text + "\u0001x", text + "\u001b[31m", text + "\ud800",
                    "\udc00" + text, text + "\u007f", text + "\u0085", 42, 4.5, true, false));
            if (path.size() == 1) {
                bads.add("x".repeat(100_001));
            }
        } else if (value instanceof Boolean) {
            bads.addAll(List.of("true", "false", 1, 0, "yes"));
        } else if (value instanceof Number) {
            bads.addAll(List.of(RawNumber.of("1e-999999999"), RawNumber.of("1e999999999"), RawNumber.of("-1e999999999"),
                    RawNumber.of("1" + "0".repeat(60)), RawNumber.of("0." + "0".repeat(60) + "1"), "12", true,
                    RawNumber.of("NaN"), RawNumber.of("0x10"), RawNumber.of("1.5e-400")));
            if ((value instanceof Integer || value instanceof Long) && !String.valueOf(path.get(path.size() - 1)).endsWith("Dkk")) {
                bads.addAll(List.of(12.5, RawNumber.of("99999999999999999999")));
            }
        } else if (value == null) {
            return;
        }
        for (Object bad : bads) {
            out.add(replaced(root, path, bad));
        }
        if (value instanceof String) {
            // The value where the field is not: an object or a list.
            out.add(replaced(root, path, Map.of("v", value)));
            out.add(replaced(root, path, List.of(value)));
        }
    }

    /** A number written as is into the JSON, which a JSON writer would refuse or normalise. */
    record RawNumber(String text) {
        static RawNumber of(String text) {
            return new RawNumber(text);
        }
    }

    @SuppressWarnings("unchecked")
    private String replaced(Object root, List<Object> path, Object bad) {
        Object copy = deepCopy(root);
        Object parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = parent instanceof Map<?, ?> m ? m.get(path.get(i)) : ((List<Object>) parent).get((Integer) path.get(i));
        }
        Object last = path.get(path.size() - 1);
        String marker = "@@RAW" + System.identityHashCode(bad) + "@@";
        Object put = bad instanceof RawNumber ? marker : bad;
        if (parent instanceof Map<?, ?> m) {
            ((Map<Object, Object>) m).put(last, put);
        } else {
            ((List<Object>) parent).set((Integer) last, put);
        }
        String text = escapeSurrogates(json.writeValueAsString(copy));
        return bad instanceof RawNumber raw ? text.replace("\"" + marker + "\"", raw.text()) : text;
    }

    /** A lone surrogate cannot be encoded as UTF-8 (it would become '?'); JSON sends it as an escape. */
    private static String escapeSurrogates(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return value;
    }

    /** The whole body broken: not JSON, the wrong shape, too big, too deep, duplicated keys, unknown fields. */
    List<byte[]> bodyMutations(String valid, boolean bodyOptional) {
        List<byte[]> out = new ArrayList<>();
        List<String> texts = new ArrayList<>(List.of("[]", "\"text\"", "42", "true", valid.substring(0, valid.length() / 2),
                valid + " x", valid + "}", valid.replaceFirst("\\{", "{\"unknownField\":1,"),
                valid.replaceFirst("\\{\"([^\"]+)\":", "{\"$1\":null,\"$1\":"), "{\"a\":", "{'single':'quotes'}",
                "{\"a\":1,}", "{" + "\"a\":{".repeat(100) + "}".repeat(101), "[".repeat(5000) + "]".repeat(5000),
                valid.replaceFirst("\\{", "{\"pad\":\"" + "x".repeat(1_100_000) + "\","),
                "\uFEFF" + valid.substring(0, valid.length() - 1), "{\"x\":\"\\ud800\"}", "{\"x\":\"\\u0000\"}",
                "/* comment */" + valid, valid.replaceFirst(":", ":NaN,\"y\":")));
        if (!bodyOptional) {
            texts.addAll(List.of("", "null", "{}", " "));
        }
        texts.forEach(t -> out.add(t.getBytes(StandardCharsets.UTF_8)));
        // Bytes that are not UTF-8: a lone continuation byte, an overlong '/', a truncated sequence, UTF-16.
        for (byte[] bad : List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            String[] halves = valid.split("\"", 3);
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes((halves[0] + "\"" + halves[1]).getBytes(StandardCharsets.UTF_8));
            b.writeBytes(bad);
            b.writeBytes(("\"" + halves[2]).getBytes(StandardCharsets.UTF_8));
            out.add(b.toByteArray());
        }
        // UTF-16 with a lone high surrogate in the first text value: not UTF-16 at all.
        String[] parts = valid.split("\"", 4);
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.writeBytes((parts[0] + "\"" + parts[1] + "\":\"").getBytes(StandardCharsets.UTF_16LE));
        utf16.writeBytes(new byte[] {0x00, (byte) 0xD8});
        utf16.writeBytes(("x\"" + valid.substring(valid.indexOf('"', (parts[0] + parts[1]).length() + 3) + 1))
                .getBytes(StandardCharsets.UTF_16LE));
        out.add(utf16.toByteArray());
        // A valid body in another encoding, or behind a byte order mark: JSON is UTF-8 (RFC 8259).
        out.add(("\uFEFF" + valid).getBytes(StandardCharsets.UTF_8));
        out.add(valid.getBytes(StandardCharsets.UTF_16LE));
        out.add(valid.getBytes(StandardCharsets.UTF_16));
        out.add(valid.getBytes(java.nio.charset.Charset.forName("UTF-32BE")));
        return out;
    }

    private void importCorpus(String path, String token) throws Exception {
        String participant = world.aParticipant();
        String wave = world.aWaves().get(1);
        String header = "participant,wave,answered_on,WHO5_1,WHO5_2,WHO5_3,WHO5_4,WHO5_5\n";
        List<String> rows = new ArrayList<>();
        for (String cell : List.of("=1+2", "+1+2", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\")",
                "=cmd|' /C calc'!A0")) {
            rows.add(cell + "," + wave + ",2025-02-01,1,2,3,4,5\n");
            rows.add(participant + "," + cell + ",2025-02-01,1,2,3,4,5\n");
            rows.add(participant + "," + wave + "," + cell + ",1,2,3,4,5\n");
            rows.add(participant + "," + wave + ",2025-02-01," + cell + ",2,3,4,5\n");
        }
        for (String code : concat(CPR_LIKE, SQL)) {
            rows.add("\"" + code.replace("\"", "\"\"") + "\"," + wave + ",2025-02-01,1,2,3,4,5\n");
        }
        for (String bad : List.of("a\u0000b", "\ud800", "1e-999999999", "99999999999999999999", "3.5", "+9999999-01-01",
                "0000-01-01", "2025-02-30", "2025-01-01T10:00:00")) {
            rows.add(participant + "," + wave + "," + bad + ",1,2,3,4,5\n");
            rows.add(participant + "," + wave + ",2025-02-01," + bad + ",2,3,4,5\n");
        }
        for (String row : rows) {
            send("POST", path, token, null, multipart(header + row));
        }
        List<byte[]> files = new ArrayList<>();
        files.add(new byte[0]);
        files.add(("\uFEFF\uFEFF" + header).getBytes(StandardCharsets.UTF_8));
        files.add(concatBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, header.getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC0, (byte) 0xAF, ','}, (wave + ",2025-02-01,1,2,3,4,5\n").getBytes(StandardCharsets.UTF_8)));
        files.add((header + participant + "," + wave + ",2025-02-01,1,2,3,4,5\n").getBytes(StandardCharsets.UTF_16BE));
        files.add((header + participant + "," + wave + ",2025-02-01,1,2,3,4,5,6,7\n").getBytes(StandardCharsets.UTF_8));
        files.add((header + "\"" + participant + "," + wave + ",2025-02-01,1,2,3,4,5\n").getBytes(StandardCharsets.UTF_8));
        files.add(("PK\u0003\u0004garbage").getBytes(StandardCharsets.ISO_8859_1));
        files.add((header.replace(",", ";") + participant + ";" + wave + ";2025-02-01;9;9;9;9;9\n").getBytes(StandardCharsets.UTF_8));
        for (byte[] file : files) {
            send("POST", path, token, null, multipartBytes(file));
        }
        String boundary = "corpus-boundary";
        String complete = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + header + participant + "," + wave + ",2025-02-01,1,2,3,4,5\n\r\n--"
                + boundary + "--\r\n";
        byte[] whole = complete.getBytes(StandardCharsets.UTF_8);
        send("POST", path, token, "multipart/form-data", whole);
        send("POST", path, token, "multipart/form-data; boundary=", whole);
        send("POST", path, token, "multipart/form-data; boundary=other", whole);
        for (int cut : List.of(10, 40, 90, whole.length / 2, whole.length - 20, whole.length - 30)) {
            send("POST", path, token, "multipart/form-data; boundary=" + boundary, java.util.Arrays.copyOf(whole, cut));
        }
        send("POST", path, token, "multipart/form-data; boundary=" + boundary,
                complete.replace("name=\"file\"", "name=\"other\"").getBytes(StandardCharsets.UTF_8));
        send("POST", path, token, "multipart/form-data; boundary=" + boundary,
                complete.replace("\r\n\r\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        send("POST", path, token, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        send("POST", path, token, "text/csv", (header).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] multipart(String csv) {
        return multipartBytes(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] multipartBytes(byte[] file) {
        return concatBytes(("--B0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8), file,
                "\r\n--B0undary--\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concatBytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private void send(String method, String path, String token, String contentType, byte[] body) throws Exception {
        String type = contentType == null && body != null ? "multipart/form-data; boundary=B0undary" : contentType;
        sent++;
        int status;
        String answerType;
        byte[] answer;
        if (path.contains("%") || path.contains(" ")) {
            // java.net.URI refuses what a hostile client sends; write the request line by hand.
            Raw raw = raw(method, path, token, type, body);
            status = raw.status;
            answerType = raw.contentType;
            answer = raw.body;
        } else {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (type != null) {
                request.header("Content-Type", type);
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            status = response.statusCode();
            answerType = response.headers().firstValue("Content-Type").orElse("");
            answer = response.body();
        }
        statuses.merge(status, 1, Integer::sum);
        String text = new String(answer, StandardCharsets.UTF_8);
        String request = method + " " + path + " [" + type + "] " + (body == null ? "" : abbreviate(new String(body, StandardCharsets.UTF_8)));
        if (status < 400 || status >= 500) {
            failures.add(request + " → " + status + " " + abbreviate(text));
            return;
        }
        if (!answerType.startsWith("application/problem+json")) {
            failures.add(request + " → " + status + " as '" + answerType + "': " + abbreviate(text));
            return;
        }
        if (answer.length > MAX_ANSWER_BYTES) {
            failures.add(request + " → " + answer.length + " bytes");
            return;
        }
        Matcher internals = INTERNALS.matcher(text);
        if (internals.find()) {
            failures.add(request + " → names internals (" + internals.group() + "): " + abbreviate(text));
            return;
        }
        String detail = json.readTree(text).path("detail").asString("");
        if (detail.isBlank()) {
            failures.add(request + " → no detail: " + abbreviate(text));
        }
    }

    record Raw(int status, String contentType, byte[] body) {
    }

    private Raw raw(String method, String path, String token, String type, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + token + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            if (type != null) {
                out.writeBytes(("Content-Type: " + type + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            out.writeBytes(("Content-Length: " + (body == null ? 0 : body.length) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.writeBytes(body);
            }
            socket.getOutputStream().write(out.toByteArray());
            byte[] all = socket.getInputStream().readAllBytes();
            String head = new String(all, StandardCharsets.ISO_8859_1);
            int end = head.indexOf("\r\n\r\n");
            int status = Integer.parseInt(head.substring(9, 12));
            Matcher ct = Pattern.compile("(?im)^content-type:\\s*(.*)$").matcher(head.substring(0, end));
            byte[] payload = java.util.Arrays.copyOfRange(all, end + 4, all.length);
            if (head.substring(0, end).toLowerCase().contains("transfer-encoding: chunked")) {
                payload = unchunk(payload);
            }
            return new Raw(status, ct.find() ? ct.group(1).trim() : "", payload);
        }
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < chunked.length) {
            int lineEnd = i;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            int size = Integer.parseInt(new String(chunked, i, lineEnd - i, StandardCharsets.ISO_8859_1).trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        String clean = text.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() <= 300 ? clean : clean.substring(0, 300) + "…(" + clean.length() + ")";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String concretePath(String pattern, TenantWorld world) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String[] segments = pattern.substring(0, matcher.start()).split("/");
            String value = CrossTenantEndpoints.pathValue(matcher.group(1), segments[segments.length - 1], world);
            assertThat(value).as("a value for {" + matcher.group(1) + "} in " + pattern).isNotNull();
            matcher.appendReplacement(path, Matcher.quoteReplacement(
                    java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        jdbi.useHandle(h -> TABLES.forEach(table ->
                counts.put(table, h.createQuery("select count(*) from " + table).mapTo(Long.class).one())));
        return counts;
    }
}
