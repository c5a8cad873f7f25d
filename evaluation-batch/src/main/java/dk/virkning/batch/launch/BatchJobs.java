package dk.virkning.batch.launch;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.virkning.core.problem.ConflictException;
import dk.virkning.core.problem.NotFoundException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

/**
 * Starts the platform's jobs, reports their progress, and restarts those that died. Every start
 * gets a fresh {@code requestedAt} parameter, so each request is its own job instance; a crashed
 * execution is restarted with {@link #restart(long)}, which resumes it from its last commit.
 */
@Service
public class BatchJobs {

    private final JobOperator operator;
    private final JobRepository repository;
    private final Map<String, Job> jobs;

    public BatchJobs(JobOperator operator, JobRepository repository, List<Job> jobs) {
        this.operator = operator;
        this.repository = repository;
        this.jobs = jobs.stream().collect(Collectors.toUnmodifiableMap(Job::getName, job -> job));
    }

    /** Starts {@code jobName} with the given string parameters; returns the job execution id. */
    public long start(String jobName, Map<String, String> parameters) {
        Job job = Optional.ofNullable(jobs.get(jobName))
                .orElseThrow(() -> new NotFoundException("Job", jobName));
        JobParametersBuilder builder = new JobParametersBuilder();
        parameters.forEach((name, value) -> builder.addString(name, value, true));
        builder.addString("requestedAt", Instant.now().toString() + "#" + System.nanoTime(), true);
        try {
            return operator.start(job, builder.toJobParameters()).getId();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start " + jobName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Restarts a failed, stopped or crashed execution from its last checkpoint. An execution left
     * "running" by a process that died (kill -9, power loss) is first marked failed. So is one that
     * ended UNKNOWN, as it does when the database went away mid-chunk and the rollback failed too:
     * Spring Batch refuses to restart such a step because it cannot tell whether the chunk was
     * committed, but here that is known, since every job keeps its repository in the same database
     * and commits a chunk's checkpoint in the same transaction as the chunk's results. A chunk whose
     * checkpoint is missing was rolled back, and it is written again (the writers upsert).
     */
    public long restart(long executionId) {
        JobExecution execution = execution(executionId);
        if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
            throw new ConflictException("Execution " + executionId + " is " + execution.getStatus()
                    + "; only a failed or stopped execution can be restarted.");
        }
        try {
            if (execution.getStatus().isRunning()) {
                execution = operator.recover(execution);
            }
            markFailed(execution);
            return operator.restart(execution).getId();
        } catch (Exception e) {
            throw new IllegalStateException("Could not restart execution " + executionId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Items done of items in total. A restarted execution resumes its instance's earlier attempts:
     * it skips the partitions they completed and continues the others after their last commit,
     * so its progress counts what they committed as well.
     */
    public JobProgress progress(long executionId) {
        JobExecution execution = execution(executionId);
        String step = execution.getStepExecutions().stream()
                .max(Comparator.comparing(StepExecution::getId)).map(StepExecution::getStepName).orElse(null);
        Map<String, Long> totals = new HashMap<>();
        long done = 0;
        for (JobExecution attempt : repository.getJobExecutions(execution.getJobInstance())) {
            if (attempt.getId() > executionId) {
                continue;
            }
            for (StepExecution s : attempt.getStepExecutions()) {
                if (s.getExecutionContext().containsKey(JobItems.TOTAL)) {
                    totals.put(s.getStepName(), s.getExecutionContext().getLong(JobItems.TOTAL));
                    done += s.getWriteCount() + s.getFilterCount();
                }
            }
        }
        Long total = totals.isEmpty() ? null : totals.values().stream().mapToLong(Long::longValue).sum();
        return JobProgress.of(execution.getId(), execution.getJobInstance().getJobName(),
                execution.getStatus().name(), execution.getExitStatus().getExitCode(), step, done, total,
                execution.getStartTime(), execution.getEndTime());
    }

    /**
     * An execution that ended while the database was away can also leave a partition step recorded as
     * still running (its last update never arrived), which makes Spring Batch refuse the restart as a
     * concurrent run. Such steps, and UNKNOWN ones, are marked failed.
     */
    private void markFailed(JobExecution execution) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                if (step.getEndTime() == null) {
                    step.setEndTime(java.time.LocalDateTime.now());
                }
                repository.update(step);
            }
        }
        if (execution.getStatus() == BatchStatus.UNKNOWN) {
            execution.setStatus(BatchStatus.FAILED);
            repository.update(execution);
        }
    }

    /** Waits for an execution to end (for the command line and tests); the last progress seen. */
    public JobProgress await(long executionId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            JobExecution execution = execution(executionId);
            BatchStatus status = execution.getStatus();
            if (!status.isRunning()) {
                return progress(executionId);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Execution " + executionId + " did not end within " + timeout);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for execution " + executionId, e);
            }
        }
    }

    private JobExecution execution(long executionId) {
        JobExecution execution;
        try {
            execution = repository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException e) {
            // Spring Batch 6's JDBC repository throws for an unknown id instead of returning null.
            execution = null;
        }
        if (execution == null) {
            throw new NotFoundException("Job execution", executionId);
        }
        return execution;
    }

}
