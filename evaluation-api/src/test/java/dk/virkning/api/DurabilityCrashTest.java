package dk.virkning.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every write the API acknowledged survives a kill -9 of the application and of its embedded
 * PostgreSQL at once, as the OOM killer or a crash of the machine's supervisor would do it.
 *
 * <p>The application runs in a child JVM on a persistent data directory. Right after the last
 * 201, the child, the postmaster and every backend get SIGKILL, so that nothing can flush on the
 * way out; then the application starts again on the same directory and every acknowledged id must
 * be there. With {@code synchronous_commit=off} this test loses writes (measured: see
 * docs/operations.md). A power cut, which also loses the kernel's unwritten pages and so needs
 * {@code fsync=on} too, cannot be simulated without a virtual machine; this test proves the
 * process-crash half.
 */
class DurabilityCrashTest {

    private static final String ADMIN_TOKEN = "crash-test-admin-token-0123456789";
    private static final int WRITES = 200;
    private static final int CLIENTS = 8;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedWriteSurvivesKillingTheApplicationAndItsDatabase() throws Exception {
        Path dataDirectory = work.resolve("postgres");
        Path log = work.resolve("child.log");
        int port = freePort();
        Process child = startChild(dataDirectory, port, log);
        Set<Long> acknowledged = new ConcurrentSkipListSet<>();
        try {
            awaitHealthy(child, port, log);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < WRITES; i++) {
                int n = i;
                sent.add(clients.submit(() -> {
                    HttpResponse<String> response = post(port, "/api/v1/organisations",
                            "{\"name\":\"Crash test " + n + "\",\"kind\":\"NGO\"}");
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                    Matcher id = ID.matcher(response.body());
                    assertThat(id.find()).isTrue();
                    acknowledged.add(Long.parseLong(id.group(1)));
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get(60, TimeUnit.SECONDS);
            }
            clients.shutdown();
            killEverything(child, dataDirectory);
        } finally {
            child.destroyForcibly();
        }
        assertThat(acknowledged).hasSize(WRITES);

        // The database alone is restarted, with the password the application stored: cheaper than a
        // second application start, and it is the database that has to have kept the rows.
        String password = Files.readString(dataDirectory.resolve("virkning-password")).strip();
        try (EmbeddedPostgres restarted = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "")
                .setConnectConfig("password", password)
                .start()) {
            JdbcTemplate jdbc = new JdbcTemplate(restarted.getPostgresDatabase());
            Set<Long> stored = new TreeSet<>(jdbc.queryForList(
                    "select id from organisation where name like 'Crash test %'", Long.class));
            Set<Long> lost = new TreeSet<>(acknowledged);
            lost.removeAll(stored);
            assertThat(lost).as("acknowledged with 201 but gone after the crash").isEmpty();
            assertThat(stored).hasSize(WRITES);
        }
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).doesNotContain(password);
    }

    /** SIGKILL to the child JVM, the postmaster and all its backends at once: nobody gets to flush. */
    private static void killEverything(Process child, Path dataDirectory) throws Exception {
        long postmasterPid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid).orElseThrow();
        List<ProcessHandle> backends = postmaster.descendants().toList();
        assertThat(backends).as("the postmaster's background processes and the pool's backends").isNotEmpty();
        child.destroyForcibly();
        postmaster.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        Instant deadline = Instant.now().plusSeconds(20);
        while ((child.isAlive() || postmaster.isAlive() || backends.stream().anyMatch(ProcessHandle::isAlive))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).isFalse();
        assertThat(postmaster.isAlive()).isFalse();
        assertThat(backends).noneMatch(ProcessHandle::isAlive);
    }

    private Process startChild(Path dataDirectory, int port, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                VirkningApplication.class.getName()));
        command.addAll(arguments(dataDirectory, port));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("VIRKNING_BOOTSTRAP_ADMIN_TOKEN", ADMIN_TOKEN);
        return builder.start();
    }

    private static List<String> arguments(Path dataDirectory, int port) {
        return List.of("--server.port=" + port,
                "--virkning.database.embedded.ephemeral=false",
                "--virkning.database.embedded.data-directory=" + dataDirectory,
                "--virkning.jobs.schedule.enabled=false");
    }

    private void awaitHealthy(Process child, int port, Path log) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            if (!child.isAlive()) {
                throw new AssertionError("The application died on start:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The application did not start within 90 s:\n" + Files.readString(log));
    }

    private HttpResponse<String> post(int port, String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + ADMIN_TOKEN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
