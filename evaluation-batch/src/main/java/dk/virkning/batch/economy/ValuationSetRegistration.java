package dk.virkning.batch.economy;

import dk.virkning.stats.economy.ValuationSet;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The job's first step: stores the valuation set the estimates will refer to, and refuses
 * to run if a set with the same id and version is already stored with other content (a
 * shipped file was edited instead of published as a new version).
 */
class ValuationSetRegistration implements Tasklet {

    private final EconomyEstimateRepository estimates;
    private final ValuationSet set;

    ValuationSetRegistration(EconomyEstimateRepository estimates, ValuationSet set) {
        this.estimates = estimates;
        this.set = set;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (set.definition() == null) {
            throw new IllegalStateException("valuation set " + set.key() + " has no published definition to store");
        }
        estimates.registerValuationSet(set.id(), set.version(), set.definition());
        boolean same = estimates.storedValuationSetEquals(set.id(), set.version(), set.definition()).orElse(false);
        if (!same) {
            throw new IllegalStateException("valuation set " + set.key() + " is stored with other content than the"
                    + " shipped file; a published set must not change: publish the change as a new version");
        }
        return RepeatStatus.FINISHED;
    }
}
