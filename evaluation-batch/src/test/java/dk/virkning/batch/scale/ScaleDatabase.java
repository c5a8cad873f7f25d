package dk.virkning.batch.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dk.virkning.batch.BatchTestApplication;
import dk.virkning.core.db.EmbeddedPostgresAutoConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An embedded PostgreSQL that outlives the Spring contexts using it, so that a test or a
 * benchmark can point several contexts (in this JVM or in child JVMs) at one database, and
 * kill one of them. Configured like the application's own embedded server.
 */
public final class ScaleDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path directory;

    private ScaleDatabase(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    /** A fresh server in a temporary directory, deleted on {@link #close()}. */
    public static ScaleDatabase temporary() throws IOException {
        return start(Files.createTempDirectory("virkning-scale-pg-"), true);
    }

    /**
     * A server whose data stays in {@code directory} between runs, with pg_stat_statements loaded
     * so that a benchmark can show which statements the server spends its time on.
     */
    public static ScaleDatabase persistent(Path directory) throws IOException {
        Files.createDirectories(directory);
        return start(directory, false, "pg_stat_statements");
    }

    private static ScaleDatabase start(Path directory, boolean clean, String... libraries) throws IOException {
        // Durable, as the application's own embedded server: the benchmarks measure what production runs.
        EmbeddedPostgres.Builder builder = EmbeddedPostgresAutoConfiguration.durableServerSettings(EmbeddedPostgres.builder())
                .setDataDirectory(directory)
                .setCleanDataDirectory(clean)
                .setServerConfig("max_connections", "50")
                .setServerConfig("listen_addresses", "localhost");
        if (libraries.length > 0) {
            builder.setServerConfig("shared_preload_libraries", String.join(",", libraries));
        }
        return new ScaleDatabase(builder.start(), directory);
    }

    /** The JDBC URL; {@code applicationName} shows in pg_stat_activity, so a process's sessions can be found. */
    public String jdbcUrl(String applicationName) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?ApplicationName=" + applicationName;
    }

    /** Spring Boot arguments pointing the batch application at this database. */
    public List<String> springArguments(String applicationName, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + jdbcUrl(applicationName),
                "--spring.datasource.username=postgres",
                "--virkning.jobs.schedule.enabled=false"));
        arguments.addAll(List.of(more));
        return arguments;
    }

    /** The batch test application in this JVM, on this database (Flyway and the batch schema run at start). */
    public ConfigurableApplicationContext startBatchContext(String applicationName, String... more) {
        return new SpringApplicationBuilder(BatchTestApplication.class)
                .run(springArguments(applicationName, more).toArray(String[]::new));
    }

    /** The server's process id (its backends are its children), from the pid file in its data directory. */
    public long serverPid() throws IOException {
        return Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).trim());
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
