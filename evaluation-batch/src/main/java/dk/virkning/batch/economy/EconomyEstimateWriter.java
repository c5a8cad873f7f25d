package dk.virkning.batch.economy;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes (or replaces) each project's estimate for the job's valuation set version, in the chunk's transaction. */
class EconomyEstimateWriter implements ItemWriter<ValuedProject> {

    private final EconomyEstimateRepository estimates;
    private final Long jobExecutionId;

    EconomyEstimateWriter(EconomyEstimateRepository estimates, Long jobExecutionId) {
        this.estimates = estimates;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void write(Chunk<? extends ValuedProject> chunk) {
        for (ValuedProject project : chunk) {
            estimates.upsert(EconomyEstimateJson.row(project, jobExecutionId));
        }
    }
}
