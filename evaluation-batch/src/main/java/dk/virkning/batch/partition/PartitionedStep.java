package dk.virkning.batch.partition;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/** The manager step of a partitioned job, built the one way the jobs share. */
public final class PartitionedStep {

    private PartitionedStep() {
    }

    /**
     * A step that splits its work with {@code partitioner} into {@code threads} partitions and runs
     * {@code worker} on all of them at once, on threads named {@code threadPrefix} and a number.
     * A restart keeps the first attempt's grid size; completed partitions are skipped and the others
     * resume with the items they were given.
     */
    public static Step of(String name, JobRepository jobRepository, Partitioner partitioner, Step worker, int threads,
            String threadPrefix) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(threadPrefix);
        executor.setConcurrencyLimit(threads);
        return new StepBuilder(name, jobRepository)
                .partitioner(worker.getName(), partitioner)
                .step(worker)
                .gridSize(threads)
                .taskExecutor(executor)
                .build();
    }
}
