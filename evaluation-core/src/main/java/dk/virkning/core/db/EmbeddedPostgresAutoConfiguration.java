package dk.virkning.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts a real PostgreSQL server (shipped as a Maven artifact) when no external database is
 * configured, so that {@code java -jar virkning.jar} needs nothing but a JDK. Setting
 * {@code SPRING_DATASOURCE_URL} switches this off and Spring Boot's own DataSource takes over.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    /** The running server, its data directory and the password it asks for. */
    record EmbeddedServer(EmbeddedPostgres postgres, Path directory, String password) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            postgres.close();
        }

        @Override
        public String toString() {
            return "EmbeddedServer[" + directory + "]";
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException, SQLException {
        Path directory = properties.ephemeral()
                ? Files.createTempDirectory("virkning-pg-")
                : properties.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(directory);
        EmbeddedPostgresAccess.restrictDirectory(directory);
        log.info("Embedded PostgreSQL data directory: {}{}", directory,
                properties.ephemeral() ? " (temporary, deleted on shutdown)" : "");
        String password = properties.ephemeral() ? null : EmbeddedPostgresAccess.readPassword(directory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(properties.ephemeral())
                .setPort(properties.port());
        if (!properties.ephemeral()) {
            durableServerSettings(builder);
        }
        // An ephemeral directory is deleted on shutdown and never reused after a crash, so there is
        // nothing to keep durable: its tests and demos keep the library's fast defaults (fsync off).
        builder.setServerConfig("max_connections", "50")
                .setServerConfig("listen_addresses", "localhost")
                // No socket in a shared directory such as /tmp: TCP on loopback with a password is the only way in.
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("password_encryption", "scram-sha-256");
        if (password != null) {
            builder.setConnectConfig("password", password)
                    // Rewritten on every start, so a hand edit or an older version's file cannot reopen the door.
                    .setDataDirectoryCustomizer(dir -> EmbeddedPostgresAccess.writePgHba(dir.toPath()));
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + directory
                    + ". Is another Virkning instance using the same data directory? Set"
                    + " virkning.database.embedded.data-directory, or SPRING_DATASOURCE_URL for an external"
                    + " PostgreSQL.", e);
        }
        if (password == null) {
            password = EmbeddedPostgresAccess.newPassword();
            // A new data directory, or one from a version that trusted every local connection.
            try {
                EmbeddedPostgresAccess.secure(postgres.getPostgresDatabase(), directory, password);
            } catch (IOException | SQLException | RuntimeException e) {
                postgres.close();
                throw e;
            }
            log.info("Embedded PostgreSQL now asks for the password kept in {}",
                    EmbeddedPostgresAccess.passwordFile(directory));
        }
        return new EmbeddedServer(postgres, directory, password);
    }

    /**
     * Overrides the embedding library's test defaults ({@code -F}, that is fsync off, and
     * synchronous_commit off): a write the API acknowledged must survive a crash of the server or of
     * the machine. These are server settings, not initdb ones, so data directories created with the
     * old defaults start with them unchanged. Public for the benchmarks' own servers, which must
     * measure what production runs.
     */
    public static EmbeddedPostgres.Builder durableServerSettings(EmbeddedPostgres.Builder builder) {
        return builder.setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedServer server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.postgres().getJdbcUrl(EmbeddedPostgresAccess.USER, "postgres"));
        config.setUsername(EmbeddedPostgresAccess.USER);
        config.setPassword(server.password());
        config.setMaximumPoolSize(10);
        config.setPoolName("virkning-embedded");
        config.addDataSourceProperty("logServerErrorDetail", "false"); // no row values in error messages
        return new HikariDataSource(config);
    }

    /** Exposes where the embedded server runs, for the start-up banner and operations docs. */
    @Bean
    EmbeddedDatabaseInfo embeddedDatabaseInfo(EmbeddedServer server, EmbeddedPostgresProperties properties) {
        return new EmbeddedDatabaseInfo(properties.ephemeral() ? null : server.directory(),
                server.postgres().getJdbcUrl(EmbeddedPostgresAccess.USER, "postgres"), server.postgres().getPort(),
                EmbeddedPostgresAccess.passwordFile(server.directory()));
    }
}
