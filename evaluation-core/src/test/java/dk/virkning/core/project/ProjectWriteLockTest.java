package dk.virkning.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dk.virkning.core.access.Caller;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/** Writers of a project's participants and responses and an update of the project wait for each other. */
@SpringBootTest
@Import(RegistryFixtures.class)
class ProjectWriteLockTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ProjectAccess access;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Jdbi jdbi;

    @Test
    void anUpdateWaitsForTheWritersAndTheNextWriterSeesTheUpdate() throws Exception {
        Caller staff = fixtures.staffOfNewOrganisation();
        Project p = projects.create(staff, RegistryFixtures.prePostDraft("Låst"));
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);

        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            access.forWriting(staff, p.id());
            writing.countDown();
            await(finish);
        }));
        assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Project> update = CompletableFuture.supplyAsync(() -> projects.update(staff, p.id(),
                RegistryFixtures.draft("Låst", p.design(), p.instruments(), List.of(
                        new WaveDraft("baseline", 0), new WaveDraft("post", 90), new WaveDraft("opfølgning", 180)))));

        waitUntilABackendWaitsForTheProjectLock();
        assertThat(update).isNotDone();
        finish.countDown();
        writer.get(30, TimeUnit.SECONDS);
        update.get(30, TimeUnit.SECONDS);

        ProjectRef after = transactions.execute(status -> access.forWriting(staff, p.id()));
        assertThat(after.waves()).extracting(Wave::name).containsExactly("baseline", "post", "opfølgning");
    }

    private void waitUntilABackendWaitsForTheProjectLock() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            int waiting = jdbi.withHandle(h -> h.createQuery(
                    "select count(*) from pg_locks where locktype = 'advisory' and classid = 7302 and not granted")
                    .mapTo(Integer.class).one());
            if (waiting > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no transaction waited for the project's lock within 30 s");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
