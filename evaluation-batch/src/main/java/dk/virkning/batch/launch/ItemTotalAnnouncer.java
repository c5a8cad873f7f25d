package dk.virkning.batch.launch;

import java.util.function.LongSupplier;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Counts a step's items before it starts and announces the total for progress reporting
 * ({@link JobItems}). On a restart the total of the first attempt is kept.
 */
public final class ItemTotalAnnouncer implements StepExecutionListener {

    private final LongSupplier total;

    public ItemTotalAnnouncer(LongSupplier total) {
        this.total = total;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (!stepExecution.getExecutionContext().containsKey(JobItems.TOTAL)) {
            JobItems.announce(stepExecution.getExecutionContext(), total.getAsLong());
        }
    }
}
