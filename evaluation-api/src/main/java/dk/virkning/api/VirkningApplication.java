package dk.virkning.api;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The one runnable application: REST API, jobs and, by default, an embedded PostgreSQL. */
@SpringBootApplication(scanBasePackages = "dk.virkning")
@ConfigurationPropertiesScan("dk.virkning")
@EnableScheduling
public class VirkningApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(VirkningApplication.class);
        if (Arrays.asList(args).contains("--demo")) {
            // A bare "--demo" is friendlier than "--spring.profiles.active=demo" on the command line.
            app.setAdditionalProfiles("demo");
        }
        boolean jobMode = Arrays.stream(args).anyMatch(a -> a.startsWith("--job="));
        if (jobMode) {
            // Run the job and exit: no web server, no schedule.
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setDefaultProperties(java.util.Map.of("virkning.jobs.schedule.enabled", "false"));
        }
        ConfigurableApplicationContext context = app.run(args);
        if (jobMode) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
