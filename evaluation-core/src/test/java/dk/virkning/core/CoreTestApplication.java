package dk.virkning.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring context of evaluation-core's tests: the core services on an embedded PostgreSQL. */
@SpringBootApplication
public class CoreTestApplication {
}
