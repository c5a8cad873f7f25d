package dk.virkning.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dk.virkning.core.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The logical backup that docs/operations.md describes, done with the server's own COPY through
 * JDBC: every table of the schema out of one server and into a freshly migrated one, and the
 * restored database is the same, row for row, sequences included.
 *
 * <p>This is the offline stand-in for {@code pg_dump}/{@code pg_restore}: the build machine's
 * distribution ships a PostgreSQL 15 client, and pg_dump refuses a server newer than itself (17);
 * the embedded binaries carry no pg_dump. The round-trip proves what a restore relies on: that the
 * data of a migrated schema can be loaded into a new server at the same Flyway version and the
 * application reads it unchanged.
 */
class LogicalBackupRoundTripTest {

    @Test
    void everyTableAndSequenceComesBackUnchanged() throws Exception {
        Map<String, byte[]> dump = new LinkedHashMap<>();
        Map<String, Long> sequences;
        Map<String, String> original;
        try (ConfigurableApplicationContext source = start()) {
            JdbcTemplate jdbc = source.getBean(JdbcTemplate.class);
            for (int i = 0; i < 25; i++) {
                jdbc.update("insert into organisation (name, kind, cvr) values (?, 'NGO', ?)",
                        "Backup ' \"test\" \\ æøå " + i, i % 2 == 0 ? null : String.format("%08d", i));
            }
            jdbc.update("delete from organisation where name = ?", "Backup ' \"test\" \\ æøå 3");
            original = fingerprints(jdbc);
            sequences = sequenceValues(jdbc);
            try (Connection connection = source.getBean(DataSource.class).getConnection()) {
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (String table : original.keySet()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    copy.copyOut("copy public.\"" + table + "\" to stdout (format binary)", out);
                    dump.put(table, out.toByteArray());
                }
            }
        }
        assertThat(original).containsKey("organisation").containsKey("flyway_schema_history");
        assertThat(original.get("organisation")).startsWith("24:");

        try (ConfigurableApplicationContext target = start()) {
            JdbcTemplate jdbc = target.getBean(JdbcTemplate.class);
            try (Connection connection = target.getBean(DataSource.class).getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    // Loads tables in any order: foreign keys are checked by triggers, which replica mode skips.
                    statement.execute("set local session_replication_role = replica");
                    statement.execute("truncate " + String.join(", ",
                            dump.keySet().stream().map(t -> "public.\"" + t + "\"").toList()));
                }
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (Map.Entry<String, byte[]> table : dump.entrySet()) {
                    copy.copyIn("copy public.\"" + table.getKey() + "\" from stdin (format binary)",
                            new ByteArrayInputStream(table.getValue()));
                }
                try (Statement statement = connection.createStatement()) {
                    for (Map.Entry<String, Long> sequence : sequences.entrySet()) {
                        statement.execute("select setval('public.\"" + sequence.getKey() + "\"', " + sequence.getValue() + ")");
                    }
                }
                connection.commit();
            }
            assertThat(fingerprints(jdbc)).isEqualTo(original);
            assertThat(sequenceValues(jdbc)).isEqualTo(sequences);
            // New rows continue after the restored ids instead of colliding with them.
            Long next = jdbc.queryForObject(
                    "insert into organisation (name, kind) values ('After restore', 'NGO') returning id", Long.class);
            assertThat(next).isGreaterThan(jdbc.queryForObject(
                    "select max(id) from organisation where name <> 'After restore'", Long.class));
        }
    }

    /** Per table: the row count and an md5 of all rows in a stable order. */
    private static Map<String, String> fingerprints(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name
                """, String.class);
        Map<String, String> result = new LinkedHashMap<>();
        for (String table : tables) {
            result.put(table, jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                    + " from public.\"" + table + "\" t", String.class));
        }
        return result;
    }

    private static Map<String, Long> sequenceValues(JdbcTemplate jdbc) throws SQLException {
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.query("select sequencename, coalesce(last_value, 1) from pg_sequences where schemaname = 'public' order by 1",
                rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CoreTestApplication.class).run();
    }
}
