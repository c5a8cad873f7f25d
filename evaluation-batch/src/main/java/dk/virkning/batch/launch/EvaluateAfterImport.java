package dk.virkning.batch.launch;

import dk.virkning.core.importing.ResponsesImported;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Evaluates a project as soon as an import into it has committed, so that the coordinator sees
 * the new results without waiting for the nightly run. After commit, never before: a rolled-back
 * import must not trigger anything.
 */
@Component
class EvaluateAfterImport {

    private final JobLaunches launches;

    EvaluateAfterImport(JobLaunches launches) {
        this.launches = launches;
    }

    @TransactionalEventListener
    void evaluate(ResponsesImported imported) {
        launches.evaluateAsSystem(new long[] {imported.projectId()}, "IMPORT");
    }
}
