package dk.virkning.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class TransactionBoundRepositoriesTest {

    @Autowired
    TransactionProbe probe;

    @Autowired
    TransactionBoundRepositories repositories;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void callsInOneTransactionShareItAndTheAttachmentEndsWithIt() {
        long[] ids = transactions.execute(status -> {
            long first = probe.transactionId();
            long second = probe.transactionId();
            assertThat(repositories.handlesWithAttachments()).isEqualTo(1);
            return new long[] {first, second};
        });

        assertThat(ids[1]).isEqualTo(ids[0]);
        assertThat(repositories.handlesWithAttachments()).isZero();
    }

    @Test
    void callsOutsideATransactionEachRunInTheirOwn() {
        long first = probe.transactionId();
        long second = probe.transactionId();

        assertThat(second).isNotEqualTo(first);
        assertThat(repositories.handlesWithAttachments()).isZero();
    }

    @Test
    void aRolledBackTransactionTakesTheRepositorysWritesWithIt() {
        String name = "Rulles tilbage " + UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            probe.insertOrganisation(name);
            assertThat(probe.organisationsNamed(name)).isEqualTo(1);
            throw new IllegalStateException("the request failed");
        })).hasMessage("the request failed");

        assertThat(probe.organisationsNamed(name)).isZero();
        assertThat(repositories.handlesWithAttachments()).isZero();
    }
}
