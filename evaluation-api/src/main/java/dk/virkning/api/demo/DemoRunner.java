package dk.virkning.api.demo;

import java.util.List;

import dk.virkning.core.user.CallerResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code --demo}: seeds the demo data once, and tells how to log in every time. */
@Component
@Profile("demo")
@Order(10)
class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

    private final DemoData demo;
    private final CallerResolver callers;

    DemoRunner(DemoData demo, CallerResolver callers) {
        this.demo = demo;
        this.callers = callers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (callers.resolve(DemoData.ADMIN_TOKEN).isPresent()) {
            log.info("Demo data is already in place.");
        } else {
            List<Long> projects = demo.seed();
            log.info("Demo data seeded: {} projects with synthetic participants.", projects.size());
        }
        log.info("Demo logins (send 'Authorization: Bearer <token>'):");
        DemoData.logins().forEach(login -> log.info("  {}: {}", login.who(), login.token()));
    }
}
