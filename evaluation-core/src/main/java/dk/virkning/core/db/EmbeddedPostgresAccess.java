package dk.virkning.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

/**
 * Keeps the embedded PostgreSQL closed to everyone but the application: a random password for the
 * {@code postgres} role, kept in a file only the data directory's owner can read, and a
 * {@code pg_hba.conf} that asks for it on every connection.
 *
 * <p>A password rather than a Unix socket in the data directory, because it works the same on
 * Windows and macOS, when the server runs in a user namespace (as root), and for operators'
 * {@code pg_dump}, without a socket library in the JDBC driver.
 */
final class EmbeddedPostgresAccess {

    /** In the data directory: PostgreSQL ignores files it does not know, and a copy of the directory keeps it. */
    static final String PASSWORD_FILE = "virkning-password";

    static final String USER = "postgres";

    private static final String PG_HBA = """
            # Written by Virkning on every start (edits are lost): every connection needs the password
            # in the file virkning-password next to this one.
            # TYPE  DATABASE     USER  ADDRESS       METHOD
            local   all          all                 scram-sha-256
            host    all          all   127.0.0.1/32  scram-sha-256
            host    all          all   ::1/128       scram-sha-256
            local   replication  all                 scram-sha-256
            host    replication  all   127.0.0.1/32  scram-sha-256
            host    replication  all   ::1/128       scram-sha-256
            """;

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private EmbeddedPostgresAccess() {
    }

    static Path passwordFile(Path dataDirectory) {
        return dataDirectory.resolve(PASSWORD_FILE);
    }

    /** The password of a data directory already secured by an earlier start, if it is one. */
    static String readPassword(Path dataDirectory) throws IOException {
        Path file = passwordFile(dataDirectory);
        if (!Files.exists(file)) {
            return null;
        }
        restrict(file, OWNER_ONLY_FILE);
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }

    static String newPassword() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Owner-only permissions on the data directory; PostgreSQL itself insists on 0700 or 0750. */
    static void restrictDirectory(Path dataDirectory) {
        restrict(dataDirectory, OWNER_ONLY_DIRECTORY);
    }

    static void writePgHba(Path dataDirectory) {
        try {
            Path target = dataDirectory.resolve("pg_hba.conf");
            Path temporary = dataDirectory.resolve("pg_hba.conf.virkning-new");
            Files.writeString(temporary, PG_HBA, StandardCharsets.US_ASCII);
            restrict(temporary, OWNER_ONLY_FILE);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write pg_hba.conf in " + dataDirectory, e);
        }
    }

    /**
     * Secures a server that still trusts every local connection (a new data directory, or one
     * created before passwords): sets the password, stores it, then asks for it. The order makes a
     * crash at any point safe: the file only appears once the role has its password, and until
     * pg_hba.conf is rewritten the next start simply does this again.
     *
     * <p>The driver sends the SCRAM verifier, never the password, so the server cannot log it.
     */
    static void secure(DataSource trusted, Path dataDirectory, String password) throws IOException, SQLException {
        Path pending = dataDirectory.resolve(PASSWORD_FILE + ".new");
        Files.deleteIfExists(pending);
        Files.createFile(pending);
        restrict(pending, OWNER_ONLY_FILE);
        Files.writeString(pending, password + "\n", StandardCharsets.US_ASCII);
        try (Connection connection = trusted.getConnection()) {
            connection.unwrap(PGConnection.class).alterUserPassword(USER, password.toCharArray(), "scram-sha-256");
        }
        Files.move(pending, passwordFile(dataDirectory), StandardCopyOption.ATOMIC_MOVE);
        writePgHba(dataDirectory);
        try (Connection connection = trusted.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_reload_conf()");
        }
        awaitRefused(trusted);
    }

    /** pg_reload_conf only signals the postmaster; wait until it has read the new rules. */
    private static void awaitRefused(DataSource trusted) throws SQLException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Connection ignored = trusted.getConnection()) {
                Thread.sleep(20);
            } catch (SQLException refused) {
                // 08004: the driver itself gives up when the server asks for a password it was not given.
                String state = String.valueOf(refused.getSQLState());
                if (state.startsWith("28") || state.equals("08004")) {
                    return;
                }
                throw refused;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the embedded PostgreSQL reloaded pg_hba.conf", e);
            }
        }
        throw new IllegalStateException("The embedded PostgreSQL still accepts connections without a password");
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) {
        if (!POSIX) {
            // Windows: the data directory lives in the user's profile, whose ACLs already keep others out.
            return;
        }
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restrict the permissions of " + path, e);
        }
    }
}
