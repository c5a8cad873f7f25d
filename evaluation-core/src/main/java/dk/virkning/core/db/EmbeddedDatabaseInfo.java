package dk.virkning.core.db;

import java.nio.file.Path;

/**
 * Where the embedded PostgreSQL keeps its data and how an operator reaches it (pg_dump, psql).
 *
 * @param dataDirectory the persistent data directory, or {@code null} when ephemeral
 * @param jdbcUrl       the JDBC URL of the running server (loopback only, user {@code postgres})
 * @param port          the loopback TCP port
 * @param passwordFile  the file holding the {@code postgres} role's password (mode 0600); the
 *                      password itself is never exposed, so it cannot end up in a log line
 */
public record EmbeddedDatabaseInfo(Path dataDirectory, String jdbcUrl, int port, Path passwordFile) {
}
