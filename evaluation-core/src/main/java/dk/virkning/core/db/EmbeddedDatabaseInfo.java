package dk.virkning.core.db;

import java.nio.file.Path;

/**
 * Where the embedded PostgreSQL keeps its data and how to reach it.
 *
 * @param dataDirectory the persistent data directory, or {@code null} when ephemeral
 * @param jdbcUrl       the JDBC URL of the running server (loopback only)
 */
public record EmbeddedDatabaseInfo(Path dataDirectory, String jdbcUrl) {
}
