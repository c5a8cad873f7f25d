package dk.virkning.api.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dk.virkning.api.project.RegistryApi;
import dk.virkning.api.user.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 200 hostile requests at once (numbers that would expand to a billion digits, nesting that
 * would exhaust the stack, megabyte strings, a flood of tokens) leave the heap where it was and
 * the server healthy. The server runs in this JVM, so its heap is the one measured.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        RegistryApi.BOOTSTRAP_PROPERTY, RegistryApi.EPHEMERAL_DATABASE})
class HostileLoadTest {

    static final int CONCURRENT = 200;
    static final long MAX_HEAP_GROWTH = 256L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void twoHundredConcurrentHostileRequestsLeaveHeapBoundedAndTheServerHealthy() throws Exception {
        ApiClient access = new ApiClient(port);
        long organisation = access.createOrganisation("Hostile-load", "FOUNDATION");
        String token = access.tokenFor(organisation, "FUNDER");
        List<byte[]> bodies = List.of(
                ("{\"organisationId\":" + organisation + ",\"name\":\"x\",\"totalDkk\":1e-999999999}").getBytes(StandardCharsets.UTF_8),
                ("{\"organisationId\":" + organisation + ",\"name\":\"x\",\"totalDkk\":1e999999999}").getBytes(StandardCharsets.UTF_8),
                ("[".repeat(400_000) + "]".repeat(400_000)).getBytes(StandardCharsets.UTF_8),
                ("{\"organisationId\":" + organisation + ",\"name\":\"" + "x".repeat(990_000) + "\"}").getBytes(StandardCharsets.UTF_8),
                ("[" + "1,".repeat(450_000) + "1]").getBytes(StandardCharsets.UTF_8),
                ("{\"organisationId\":" + organisation + ",\"name\":\"" + "\\u0000".repeat(150_000) + "\"}").getBytes(StandardCharsets.UTF_8),
                ("{\"organisationId\":" + organisation + ",\"totalDkk\":1,\"name\":\"" + "a\\ud800".repeat(10_000) + "\"}").getBytes(StandardCharsets.UTF_8),
                ("{\"organisationId\":" + organisation + ",\"name\":\"x\",\"totalDkk\":" + "9".repeat(900_000) + "}").getBytes(StandardCharsets.UTF_8));

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedHeapAfterGc(memory);
        ExecutorService threads = Executors.newFixedThreadPool(CONCURRENT);
        HttpClient http = HttpClient.newBuilder().executor(threads).connectTimeout(Duration.ofSeconds(10)).build();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long largestAnswer = 0;
        long started = System.nanoTime();
        try {
            List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/grant-pools"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i % bodies.size()))).build();
                answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()));
            }
            for (CompletableFuture<HttpResponse<byte[]>> answer : answers) {
                HttpResponse<byte[]> response = answer.get();
                statuses.merge(response.statusCode(), 1, Integer::sum);
                largestAnswer = Math.max(largestAnswer, response.body().length);
            }
        } finally {
            threads.shutdownNow();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000;
        long after = usedHeapAfterGc(memory);
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        System.out.printf("Hostile load: %d requests in %d ms, statuses %s, largest answer %d bytes, heap used %d MB before,"
                + " %d MB after%n", CONCURRENT, seconds, statuses, largestAnswer, before >> 20, after >> 20);

        assertThat(statuses.keySet()).allMatch(status -> status >= 400 && status < 500);
        assertThat(largestAnswer).isLessThan(64 * 1024);
        assertThat(after - before).isLessThan(MAX_HEAP_GROWTH);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
