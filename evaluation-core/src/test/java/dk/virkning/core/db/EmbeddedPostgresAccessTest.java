package dk.virkning.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import dk.virkning.core.CoreTestApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded server is durable and asks for a password, also for data directories of older versions. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedPostgresAccessTest {

    @TempDir
    Path dataRoot;

    @Test
    void aNewDataDirectoryIsDurableAndOnlyOpensWithThePassword(CapturedOutput output) throws Exception {
        Path dataDirectory = dataRoot.resolve("postgres");
        String password;
        int port;
        try (ConfigurableApplicationContext context = start(dataDirectory)) {
            Jdbi jdbi = context.getBean(Jdbi.class);
            assertDurable(jdbi);
            EmbeddedDatabaseInfo info = context.getBean(EmbeddedDatabaseInfo.class);
            port = info.port();
            assertThat(info.passwordFile()).isEqualTo(dataDirectory.resolve("virkning-password"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(info.passwordFile()))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDirectory))).isEqualTo("rwx------");
            password = Files.readString(info.passwordFile()).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(43);

            assertRefused(port, null);
            assertRefused(port, "postgres");
            assertRefused(port, password.substring(1));
            try (Connection connection = connect(port, password)) {
                assertThat(connection.isValid(1)).isTrue();
            }
            // No socket in /tmp or anywhere else: TCP with the password is the only way in.
            assertThat(one(jdbi, "show unix_socket_directories", String.class)).isEmpty();
            jdbi.useHandle(h -> h.execute("insert into organisation (name, kind) values ('Blå Kors', 'NGO')"));
        }
        // The second start reads the stored password instead of making a new one.
        try (ConfigurableApplicationContext context = start(dataDirectory)) {
            assertThat(one(context.getBean(Jdbi.class), "select count(*) from organisation where name = 'Blå Kors'", Integer.class))
                    .isEqualTo(1);
            assertThat(Files.readString(dataDirectory.resolve("virkning-password")).strip()).isEqualTo(password);
            assertRefused(context.getBean(EmbeddedDatabaseInfo.class).port(), null);
        }
        assertThat(output.getAll()).contains("asks for the password").doesNotContain(password);
    }

    @Test
    void aDataDirectoryOfTheOldTrustingTestDefaultsStartsAndIsClosed(CapturedOutput output) throws Exception {
        Path dataDirectory = dataRoot.resolve("legacy");
        // Exactly what earlier versions ran: the library's test defaults (fsync off, synchronous_commit off, trust).
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                .start();
             Connection connection = old.getPostgresDatabase().getConnection()) {
            assertThat(show(connection, "fsync")).isEqualTo("off");
            assertThat(show(connection, "synchronous_commit")).isEqualTo("off");
            connection.createStatement().execute("create schema legacy; create table legacy.kept (id int primary key);"
                    + " insert into legacy.kept values (7)");
        }

        String password;
        try (ConfigurableApplicationContext context = start(dataDirectory)) {
            Jdbi jdbi = context.getBean(Jdbi.class);
            assertDurable(jdbi);
            assertThat(one(jdbi, "select id from legacy.kept", Integer.class)).isEqualTo(7);
            int port = context.getBean(EmbeddedDatabaseInfo.class).port();
            assertRefused(port, null);
            password = Files.readString(dataDirectory.resolve("virkning-password")).strip();
            assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf"))).doesNotContain("trust");
        }
        try (ConfigurableApplicationContext context = start(dataDirectory)) {
            assertThat(one(context.getBean(Jdbi.class), "select id from legacy.kept", Integer.class)).isEqualTo(7);
        }
        assertThat(output.getAll()).doesNotContain(password);
    }

    @Test
    void anEphemeralServerIsClosedToo() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoreTestApplication.class).run()) {
            // Deleted on shutdown, never reopened after a crash: nothing to keep, so no fsync.
            assertThat(one(context.getBean(Jdbi.class), "show fsync", String.class)).isEqualTo("off");
            assertRefused(context.getBean(EmbeddedDatabaseInfo.class).port(), null);
        }
    }

    private static void assertDurable(Jdbi jdbi) {
        jdbi.useHandle(h -> {
            assertThat(h.createQuery("show fsync").mapTo(String.class).one()).isEqualTo("on");
            assertThat(h.createQuery("show synchronous_commit").mapTo(String.class).one()).isEqualTo("on");
            assertThat(h.createQuery("show full_page_writes").mapTo(String.class).one()).isEqualTo("on");
            assertThat(h.createQuery("show listen_addresses").mapTo(String.class).one()).isEqualTo("localhost");
        });
    }

    private static <T> T one(Jdbi jdbi, String sql, Class<T> type) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(type).one());
    }

    private static void assertRefused(int port, String password) {
        assertThatThrownBy(() -> connect(port, password).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
    }

    private static Connection connect(int port, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", properties);
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (var rs = connection.createStatement().executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(CoreTestApplication.class)
                .run("--virkning.database.embedded.ephemeral=false",
                        "--virkning.database.embedded.data-directory=" + dataDirectory);
    }
}
