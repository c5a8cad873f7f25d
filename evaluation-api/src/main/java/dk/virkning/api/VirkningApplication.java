package dk.virkning.api;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The one runnable application: REST API, jobs and, by default, an embedded PostgreSQL. */
@SpringBootApplication(scanBasePackages = "dk.virkning")
@ConfigurationPropertiesScan("dk.virkning")
public class VirkningApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(VirkningApplication.class);
        if (Arrays.asList(args).contains("--demo")) {
            // A bare "--demo" is friendlier than "--virkning.demo.enabled=true" on the command line.
            app.setAdditionalProfiles("demo");
        }
        app.run(args);
    }
}
