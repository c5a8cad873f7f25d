package dk.virkning.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import dk.virkning.core.CoreTestApplication;
import dk.virkning.core.access.Caller;
import dk.virkning.core.project.Project;
import dk.virkning.core.project.ProjectService;
import dk.virkning.core.project.RegistryFixtures;
import dk.virkning.core.user.UserRepository;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A process importing a 20,000-row file is killed with SIGKILL in the middle of writing it, as a power
 * cut or the OOM killer would. The import is one transaction, so afterwards none of its rows may be
 * stored, and importing the same file again must succeed, once. The database, the dying process and
 * this test's own context are separate, as in production.
 */
class ImportKillTest {

    private static final int ROWS = 20_000;
    private static final String CHILD = "import-child";

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext context;
    private static Jdbi jdbi;

    @TempDir
    Path work;

    @BeforeAll
    static void startDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "50")
                .setServerConfig("listen_addresses", "localhost").start();
        context = new SpringApplicationBuilder(CoreTestApplication.class)
                .run(springArguments("import-kill-test").toArray(String[]::new));
        jdbi = context.getBean(Jdbi.class);
    }

    @AfterAll
    static void stop() throws IOException {
        if (context != null) {
            context.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static List<String> springArguments(String applicationName) {
        return List.of("--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort()
                        + "/postgres?ApplicationName=" + applicationName,
                "--spring.datasource.username=postgres", "--logging.level.root=warn",
                "--spring.main.banner-mode=off");
    }

    @Test
    void anImportKilledMidWriteLeavesNothingAndTheSameFileImportsOnceAfterwards() throws Exception {
        RegistryFixtures fixtures = new RegistryFixtures(jdbi, context.getBean(ProjectService.class),
                context.getBean(UserRepository.class));
        Caller staff = fixtures.staffOfNewOrganisation();
        long organisation = RegistryFixtures.organisationOf(staff);
        Project project = fixtures.project(staff, RegistryFixtures.prePostDraft("Afbrudt import"));
        int participants = ROWS / 2;
        jdbi.useHandle(h -> h.createUpdate("""
                insert into participant (project_id, organisation_id, code, consent_evaluation, consent_date, enrolled_on)
                select :project, :organisation, 'D' || lpad(g::text, 6, '0'), true, date '2025-01-10', date '2025-01-10'
                  from generate_series(1, :count) g""")
                .bind("project", project.id()).bind("organisation", organisation).bind("count", participants).execute());
        jdbi.useHandle(h -> h.execute("analyze participant"));
        Path file = work.resolve("svar.csv");
        Files.write(file, wideCsv(ROWS, participants));
        countEachResponseWrite();

        Path log = work.resolve("child.log");
        Process child = startChild(file, project.id(), organisation, staff.userId(), log);
        // A sequence is outside every transaction: it shows how far the child's uncommitted write has got.
        awaitWritten(child, log, ROWS / 4);
        child.destroyForcibly();
        long written = written();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("exit status of a process killed by SIGKILL (128 + 9)").isEqualTo(137);
        // The server finishes the statement it is in before it notices that the client is gone, so the
        // count may reach every row afterwards; what matters is that the child died before its commit.
        assertThat(written).as("responses the child had written when it died").isBetween((long) ROWS / 4, 2L * ROWS - 1);
        awaitSessionsClosed();
        jdbi.useHandle(h -> h.execute("drop trigger count_response_write on response"));

        assertThat(count("select count(*) from response where project_id = ?", project.id())).isZero();
        assertThat(count("select count(*) from response_history where organisation_id = ?", organisation)).isZero();
        assertThat(count("select count(*) from import_batch where project_id = ?", project.id())).isZero();

        ResponseImportService imports = context.getBean(ResponseImportService.class);
        UploadedFile upload = new UploadedFile("svar.csv", "text/csv", Files.readAllBytes(file));
        ImportSummary first = imports.importFile(staff, project.id(), upload);
        assertThat(first.alreadyImported()).isFalse();
        assertThat(first.created()).isEqualTo(2 * ROWS);
        ImportSummary again = imports.importFile(staff, project.id(), upload);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.importId()).isEqualTo(first.importId());
        assertThat(count("select count(*) from response where project_id = ?", project.id())).isEqualTo(2L * ROWS);
        assertThat(count("select count(*) from import_batch where project_id = ?", project.id())).isEqualTo(1);
    }

    private static void countEachResponseWrite() {
        jdbi.useHandle(h -> {
            h.execute("create sequence if not exists response_writes");
            h.execute("""
                    create or replace function count_response_write() returns trigger language plpgsql as $$
                    begin
                        perform nextval('response_writes');
                        perform pg_sleep(0.0002);
                        return new;
                    end $$""");
            h.execute("""
                    create trigger count_response_write before insert on response
                       for each row execute function count_response_write()""");
        });
    }

    private static long written() {
        return count("select case when is_called then last_value else 0 end from response_writes");
    }

    private static Process startChild(Path file, long project, long organisation, long user, Path log)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), ImportProcess.class.getName(),
                file.toString(), Long.toString(project), Long.toString(organisation), Long.toString(user)));
        command.addAll(springArguments(CHILD));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitWritten(Process child, Path log, long atLeast) throws Exception {
        // Generous: on a machine shared with other builds the child's start alone can take a minute.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(300));
        while (written() < atLeast) {
            if (!child.isAlive()) {
                fail("the child ended (exit " + child.exitValue() + ") before the kill:\n" + tail(log));
            }
            if (Instant.now().isAfter(deadline)) {
                child.destroyForcibly();
                fail("timed out waiting for the child:\n" + tail(log));
            }
            Thread.sleep(5);
        }
    }

    /**
     * The server notices the dead client's closed socket and rolls back its open transaction; a backend
     * in the middle of a statement notices only when the statement ends, so this may take seconds.
     */
    private static void awaitSessionsClosed() throws InterruptedException {
        String sql = "select count(*) from pg_stat_activity where application_name = '" + CHILD + "'";
        for (int i = 0; i < 9000 && count(sql) > 0; i++) {
            Thread.sleep(10);
        }
        assertThat(count(sql)).isZero();
    }

    private static long count(String sql, Object... args) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(Long.class).one();
        });
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Two responses a row (WHO-5 and T-ILS), baseline for the first half of the participants' rows, post after. */
    static byte[] wideCsv(int rows, int participants) {
        Random random = new Random(20);
        StringBuilder csv = new StringBuilder(rows * 48);
        csv.append("participant,wave,answered_on,WHO5_1,WHO5_2,WHO5_3,WHO5_4,WHO5_5,TILS_1,TILS_2,TILS_3\n");
        for (int row = 0; row < rows; row++) {
            boolean post = row >= participants;
            csv.append(String.format(Locale.ROOT, "D%06d", row % participants + 1)).append(',')
                    .append(post ? "post" : "baseline").append(',').append(post ? "2025-05-15" : "2025-02-03");
            for (int item = 0; item < 5; item++) {
                csv.append(',').append(random.nextInt(6));
            }
            for (int item = 0; item < 3; item++) {
                csv.append(',').append(1 + random.nextInt(3));
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
