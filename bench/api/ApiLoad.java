import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-loop load on {@code POST /api/v1/projects/{id}/responses}, for bench/api/run-api-load.sh.
 *
 * <p>Request i is due at {@code start + i / rate} whether or not earlier ones have been answered, and
 * its latency is measured from that due time, not from when it was actually sent: a server that stalls
 * is charged for every request that would have been sent during the stall (no coordinated omission).
 * The run is bounded by {@code --duration}; it talks only to the base URL it is given.
 *
 * <p>Each run gets its own STAFF user, project and participants, made through the API as the bootstrap
 * administrator, and every request is a distinct participant x wave, so every accepted one is a new row.
 * Afterwards the project's responses are read back through the API: the number stored must equal the
 * number of 201 answers, with no participant x wave twice.
 *
 * <p>A single source file with only the JDK, started as {@code java bench/api/ApiLoad.java ...}; JSON is
 * written by hand and the few fields needed are read with patterns, so that it needs no class path.
 */
public final class ApiLoad {

    private static final String[] WAVES = {"baseline", "post"};
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("\"participantCode\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern WAVE = Pattern.compile("\"wave\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private final String adminToken;

    private ApiLoad(HttpClient http, String base, String adminToken) {
        this.http = http;
        this.base = base;
        this.adminToken = adminToken;
    }

    record Options(String base, String adminToken, int rate, int seconds, int warmupSeconds, int runs,
            double goalP99Millis, Path out) {

        static Options parse(String[] args) {
            String base = null;
            String token = System.getenv("VIRKNING_BOOTSTRAP_ADMIN_TOKEN");
            int rate = 200;
            int seconds = 60;
            int warmup = 30;
            int runs = 3;
            double goal = 50;
            Path out = null;
            for (int i = 0; i < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--base" -> base = value;
                    case "--rate" -> rate = Integer.parseInt(value);
                    case "--duration" -> seconds = Integer.parseInt(value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--runs" -> runs = Integer.parseInt(value);
                    case "--goal-p99-ms" -> goal = Double.parseDouble(value);
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (base == null || token == null) {
                throw new IllegalArgumentException("--base and VIRKNING_BOOTSTRAP_ADMIN_TOKEN are required");
            }
            URI uri = URI.create(base);
            if (!Set.of("127.0.0.1", "localhost", "[::1]").contains(uri.getHost())) {
                throw new IllegalArgumentException("loopback only: " + base);
            }
            if (rate < 1 || rate > 2000 || seconds < 1 || seconds > 600 || warmup < 0 || warmup > 120 || runs < 1) {
                throw new IllegalArgumentException("rate 1-2000/s, duration 1-600 s, warm-up 0-120 s, runs >= 1");
            }
            return new Options(base, token, rate, seconds, warmup, runs, goal, out);
        }
    }

    record Answer(int status, String body) {
    }

    record RunResult(String name, int sent, int created, int errors, long stored, long distinctStored,
            double achievedRate, long[] latencyNanos, long[] serviceNanos, String timeline, String firstError) {

        boolean correct() {
            return errors == 0 && created == sent && stored == created && distinctStored == stored;
        }

        double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        String summary() {
            return String.format(Locale.ROOT,
                    "%s: sent %d at %.1f/s, 201: %d, errors: %d, stored rows: %d (distinct participant x wave: %d)%n"
                            + "  latency from due time (ms): p50 %.1f  p95 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n"
                            + "  service time from send (ms): p50 %.1f  p99 %.1f  max %.1f%n"
                            + "  p99 latency (ms) of each 5 s of the run: %s%s",
                    name, sent, achievedRate, created, errors, stored, distinctStored,
                    percentile(latencyNanos, 50), percentile(latencyNanos, 95), percentile(latencyNanos, 99),
                    percentile(latencyNanos, 99.9), percentile(latencyNanos, 100),
                    percentile(serviceNanos, 50), percentile(serviceNanos, 99), percentile(serviceNanos, 100),
                    timeline, firstError == null ? "" : "\n  first error: " + firstError);
        }
    }

    public static void main(String[] args) {
        // Daemon threads and an explicit exit: a failure anywhere must end the generator, so that the
        // script goes on to stop the server.
        try {
            generate(args);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void generate(String[] args) throws Exception {
        Options options = Options.parse(args);
        // A fixed pool for the client's own work, so that a slow server cannot make the generator
        // grow threads without bound; the requests themselves are asynchronous.
        ExecutorService clientPool = Executors.newFixedThreadPool(8, daemon());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientPool)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ApiLoad load = new ApiLoad(http, options.base(), options.adminToken());
        List<String> lines = new ArrayList<>();
        lines.add("start " + Instant.now() + ", load average " + loadAverage());
        System.out.println(lines.get(0));
        if (options.warmupSeconds() > 0) {
            RunResult warm = load.run("warm-up", options.rate(), options.warmupSeconds());
            System.out.println(warm.summary());
            lines.add(warm.summary());
        }
        List<RunResult> results = new ArrayList<>();
        for (int r = 1; r <= options.runs(); r++) {
            String before = loadAverage();
            RunResult result = load.run("run " + r, options.rate(), options.seconds());
            String text = result.summary() + "\n  load average before: " + before + ", after: " + loadAverage();
            System.out.println(text);
            lines.add(text);
            results.add(result);
        }
        double[] p99s = results.stream().mapToDouble(r -> r.percentile(r.latencyNanos(), 99)).sorted().toArray();
        double[] p50s = results.stream().mapToDouble(r -> r.percentile(r.latencyNanos(), 50)).sorted().toArray();
        double[] p95s = results.stream().mapToDouble(r -> r.percentile(r.latencyNanos(), 95)).sorted().toArray();
        double[] maxs = results.stream().mapToDouble(r -> r.percentile(r.latencyNanos(), 100)).sorted().toArray();
        boolean correct = results.stream().allMatch(RunResult::correct);
        double medianP99 = median(p99s);
        String verdict = String.format(Locale.ROOT,
                "RESULT POST /responses %d/s for %d s, %d run(s): median p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms; every request 201 and stored exactly once: %s; p99 <= %.0f ms: %s",
                options.rate(), options.seconds(), results.size(), median(p50s), median(p95s), medianP99,
                median(maxs), correct ? "yes" : "NO", options.goalP99Millis(),
                medianP99 <= options.goalP99Millis() ? "yes" : "NO");
        System.out.println(verdict);
        lines.add(verdict);
        if (options.out() != null) {
            Files.write(options.out(), lines);
        }
        clientPool.shutdownNow();
        System.exit(correct ? (medianP99 <= options.goalP99Millis() ? 0 : 3) : 1);
    }

    private static final long SETTLE_MILLIS = 5_000;

    private RunResult run(String name, int rate, int seconds) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long organisation = id(expect(post(adminToken, "/api/v1/organisations",
                "{\"name\":\"Load " + suffix + "\",\"kind\":\"NGO\"}"), 201));
        // The platform administrator may create only an organisation's first ORG_ADMIN and hand over its token.
        long user = id(expect(post(adminToken, "/api/v1/users", "{\"email\":\"load-" + suffix
                + "@example.org\",\"name\":\"Load " + suffix + "\",\"memberships\":[{\"organisationId\":"
                + organisation + ",\"role\":\"ORG_ADMIN\"}]}"), 201));
        String token = match(TOKEN, expect(post(adminToken, "/api/v1/users/" + user + "/tokens",
                "{\"label\":\"load\"}"), 201).body());
        long project = id(expect(post(token, "/api/v1/projects", projectJson("Load " + suffix)), 201));

        int total = rate * seconds;
        int participants = (total + WAVES.length - 1) / WAVES.length;
        createParticipants(token, project, participants);
        // The set-up's inserts wake PostgreSQL's autovacuum; let it pass before the clock starts, since
        // a live server's participants are enrolled long before their answers come in.
        Thread.sleep(SETTLE_MILLIS);

        String path = "/api/v1/projects/" + project + "/responses";
        int[] status = new int[total];
        long[] latency = new long[total];
        long[] service = new long[total];
        String[] error = new String[1];
        AtomicInteger done = new AtomicInteger();
        List<CompletableFuture<Void>> futures = new ArrayList<>(total);
        double periodNanos = 1e9 / rate;
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * periodNanos);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            HttpRequest request = request(token, path, responseJson("L" + (i / WAVES.length), WAVES[i % WAVES.length],
                    i)).timeout(Duration.ofSeconds(10)).build();
            long sent = System.nanoTime();
            futures.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
                long now = System.nanoTime();
                latency[index] = now - due;
                service[index] = now - sent;
                status[index] = failure == null ? response.statusCode() : -1;
                if (status[index] != 201) {
                    synchronized (error) {
                        if (error[0] == null) {
                            error[0] = failure != null ? failure.toString()
                                    : status[index] + " " + abbreviate(response.body());
                        }
                    }
                }
                done.incrementAndGet();
                return null;
            }));
        }
        double achieved = total / ((System.nanoTime() - start) / 1e9);
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // Unanswered requests count as errors below (status 0).
        }
        int created = 0;
        int errors = 0;
        List<Long> latencies = new ArrayList<>();
        List<Long> services = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (status[i] == 201) {
                created++;
            } else {
                errors++;
            }
            if (status[i] != 0) {
                latencies.add(latency[i]);
                services.add(service[i]);
            } else {
                latencies.add(Long.MAX_VALUE);
            }
        }
        // Requests the client gave up on may still be queued in the server: the read-back waits for them.
        String listed = expect(get(token, path), 200).body();
        List<String> codes = all(CODE, listed);
        List<String> waves = all(WAVE, listed);
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < Math.min(codes.size(), waves.size()); i++) {
            distinct.add(codes.get(i) + "|" + waves.get(i));
        }
        // Where in the run the slow requests were: a stall at the start reads differently from a slow drift.
        StringBuilder timeline = new StringBuilder();
        int window = rate * 5;
        for (int from = 0; from < total; from += window) {
            long[] part = latencies.subList(from, Math.min(total, from + window)).stream().mapToLong(Long::longValue)
                    .sorted().toArray();
            long p99 = part[Math.max(0, (int) Math.ceil(0.99 * part.length) - 1)];
            timeline.append(from == 0 ? "" : " ").append(p99 == Long.MAX_VALUE ? "-" : String.valueOf(p99 / 1_000_000));
        }
        long[] sortedLatency = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] sortedService = services.stream().mapToLong(Long::longValue).sorted().toArray();
        return new RunResult(name, total, created, errors, codes.size(), distinct.size(), achieved, sortedLatency,
                sortedService, timeline.toString(), error[0]);
    }

    private void createParticipants(String token, long project, int count) throws Exception {
        // Set-up, not measured: a few at a time, so that it takes seconds rather than minutes.
        ExecutorService pool = Executors.newFixedThreadPool(4, daemon());
        List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int first = t;
            pending.add(pool.submit(() -> {
                for (int p = first; p < count; p += 4) {
                    expect(post(token, "/api/v1/projects/" + project + "/participants", "{\"code\":\"L" + p
                            + "\",\"consentEvaluation\":true,\"consentDate\":\"2025-01-10\",\"enrolledOn\":\"2025-01-10\"}"),
                            201);
                }
                return null;
            }));
        }
        for (var future : pending) {
            future.get();
        }
        pool.shutdown();
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String projectJson(String title) {
        return "{\"title\":\"" + title + "\",\"geography\":{\"national\":false,\"regionCodes\":[\"1084\"],"
                + "\"municipalityCodes\":[\"101\"]},\"targetAgeMin\":65,\"interventionTypes\":[\"VISITING_FRIEND_MENTOR\"],"
                + "\"strategies\":[\"SOCIAL_SUPPORT\"],\"arenas\":[\"HOME_HOUSING\"],\"purposes\":[\"RELIEVE\"],"
                + "\"design\":\"PRE_POST\",\"instruments\":[\"WHO5\"],\"waves\":[{\"name\":\"baseline\",\"offsetDays\":0},"
                + "{\"name\":\"post\",\"offsetDays\":90}]}";
    }

    private static String responseJson(String code, String wave, int seed) {
        StringBuilder items = new StringBuilder();
        for (int item = 1; item <= 5; item++) {
            items.append(item == 1 ? "" : ",").append('"').append(item).append("\":").append((seed + item) % 6);
        }
        return "{\"participantCode\":\"" + code + "\",\"wave\":\"" + wave + "\",\"instrument\":\"WHO5\","
                + "\"answeredOn\":\"2025-02-01\",\"items\":{" + items + "}}";
    }

    private HttpRequest.Builder request(String token, String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private Answer post(String token, String path, String json) {
        return send(request(token, path, json).timeout(Duration.ofSeconds(30)).build());
    }

    private Answer get(String token, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(300)).GET().build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer expect(Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + answer.status() + ": "
                    + abbreviate(answer.body()));
        }
        return answer;
    }

    private static long id(Answer answer) {
        return Long.parseLong(match(ID, answer.body()));
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + abbreviate(text));
        }
        return m.group(1);
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return String.join(" ", Arrays.copyOf(parts, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
