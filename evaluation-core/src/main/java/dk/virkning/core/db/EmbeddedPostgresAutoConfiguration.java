package dk.virkning.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Path directory = properties.ephemeral()
                ? Files.createTempDirectory("virkning-pg-")
                : properties.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(directory);
        log.info("Embedded PostgreSQL data directory: {}{}", directory,
                properties.ephemeral() ? " (temporary, deleted on shutdown)" : "");
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(properties.ephemeral())
                    .setPort(properties.port())
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + directory
                    + ". Is another Virkning instance using the same data directory? Set"
                    + " virkning.database.embedded.data-directory, or SPRING_DATASOURCE_URL for an external"
                    + " PostgreSQL.", e);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("virkning-embedded");
        return new HikariDataSource(config);
    }

    /** Exposes where the embedded server runs, for the start-up banner and operations docs. */
    @Bean
    EmbeddedDatabaseInfo embeddedDatabaseInfo(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) {
        return new EmbeddedDatabaseInfo(properties.ephemeral() ? null : properties.dataDirectory().toAbsolutePath().normalize(),
                postgres.getJdbcUrl("postgres", "postgres"));
    }
}
