package dk.virkning.batch.launch;

import java.time.LocalDateTime;

/**
 * Where a job execution stands, for the API and the web pages' progress bars.
 *
 * @param id          the job execution id
 * @param jobName     e.g. {@code evaluationJob}
 * @param status      Spring Batch's status: STARTING, STARTED, COMPLETED, FAILED, STOPPED, ABANDONED, ...
 * @param exitCode    Spring Batch's exit code
 * @param step        the step running now (or last run)
 * @param itemsDone   items (projects) finished so far
 * @param itemsTotal  items in the whole run, or {@code null} while not yet known
 * @param percent     0-100, or {@code null} while the total is not known
 * @param startTime   when it started, or {@code null}
 * @param endTime     when it ended, or {@code null} while running
 */
public record JobProgress(long id, String jobName, String status, String exitCode, String step, long itemsDone,
                          Long itemsTotal, Integer percent, LocalDateTime startTime, LocalDateTime endTime) {

    static JobProgress of(long id, String jobName, String status, String exitCode, String step, long itemsDone,
            Long itemsTotal, LocalDateTime startTime, LocalDateTime endTime) {
        Integer percent = itemsTotal == null ? null
                : itemsTotal == 0 ? Integer.valueOf(100) : Integer.valueOf((int) Math.min(100, itemsDone * 100 / itemsTotal));
        return new JobProgress(id, jobName, status, exitCode, step, itemsDone, itemsTotal, percent, startTime, endTime);
    }

    public boolean completed() {
        return status.equals("COMPLETED");
    }
}
