package dk.virkning.batch;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring context of evaluation-batch's tests: the batch jobs on an embedded PostgreSQL. */
@SpringBootApplication
public class BatchTestApplication {
}
