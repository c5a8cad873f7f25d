package dk.virkning.core.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for the embedded PostgreSQL server that runs when no {@code spring.datasource.url}
 * is configured.
 *
 * @param dataDirectory where the server keeps its data; it survives restarts
 * @param port          TCP port on the loopback interface; 0 picks a free one
 * @param ephemeral     start from an empty temporary directory and delete it on shutdown
 *                      (tests and throw-away demos)
 */
@ConfigurationProperties("virkning.database.embedded")
public record EmbeddedPostgresProperties(
        @DefaultValue("./virkning-data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean ephemeral) {
}
