package dk.virkning.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.core.access.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "virkning.bootstrap.admin.token=bootstrap-token-for-tests-0123456789")
class BootstrapAdminTest {

    @Autowired
    BootstrapAdmin bootstrap;

    @Autowired
    CallerResolver callers;

    @Test
    void createsThePlatformAdminOnceAndResolvesItsToken() {
        bootstrap.createIfNeeded();
        assertThat(bootstrap.createIfNeeded()).isFalse();

        Caller caller = callers.resolve("bootstrap-token-for-tests-0123456789").orElseThrow();
        assertThat(caller.platformAdmin()).isTrue();
        assertThat(caller.roles()).isEmpty();
        assertThat(callers.resolve("bootstrap-token-for-tests-0123456780")).isEmpty();
    }
}
