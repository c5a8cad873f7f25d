package dk.virkning.api.startup;

import java.util.Optional;

import dk.virkning.core.db.EmbeddedDatabaseInfo;
import dk.virkning.core.user.BootstrapAdmin;
import dk.virkning.core.user.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the bootstrap administrator and tells the operator, in the first lines after start-up,
 * where the data lives and how to log in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupReport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final BootstrapAdmin bootstrapAdmin;
    private final UserRepository users;
    private final ObjectProvider<EmbeddedDatabaseInfo> embedded;
    private final Environment environment;

    StartupReport(BootstrapAdmin bootstrapAdmin, UserRepository users, ObjectProvider<EmbeddedDatabaseInfo> embedded,
            Environment environment) {
        this.bootstrapAdmin = bootstrapAdmin;
        this.users = users;
        this.embedded = embedded;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean created = bootstrapAdmin.createIfNeeded();
        Optional<EmbeddedDatabaseInfo> db = Optional.ofNullable(embedded.getIfAvailable());
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        log.info("Virkning is running on http://localhost:{} (API under /api/v1, docs at /swagger-ui.html)", port);
        log.info("Data: {}", db.map(info -> info.dataDirectory() == null
                        ? "embedded PostgreSQL in a temporary directory (deleted on shutdown)"
                        : "embedded PostgreSQL in " + info.dataDirectory() + " (localhost port " + info.port()
                                + ", user postgres, password in " + info.passwordFile() + ")")
                .orElse("external PostgreSQL at " + environment.getProperty("spring.datasource.url")));
        if (created) {
            log.info("Log in: the platform administrator was created; send 'Authorization: Bearer <VIRKNING_BOOTSTRAP_ADMIN_TOKEN>'");
        } else if (environment.matchesProfiles("demo")) {
            log.info("Log in: demo tokens are listed below once the demo data is in place");
        } else if (!users.anyPlatformAdmin()) {
            log.warn("Log in: no platform administrator exists yet. Restart with VIRKNING_BOOTSTRAP_ADMIN_TOKEN set"
                    + " (at least 16 characters) to create one, or with --demo for demo users and tokens.");
        } else {
            log.info("Log in: send 'Authorization: Bearer <your personal access token>'");
        }
    }
}
