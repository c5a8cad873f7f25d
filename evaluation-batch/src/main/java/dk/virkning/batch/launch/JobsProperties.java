package dk.virkning.batch.launch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code virkning.jobs} settings.
 *
 * @param evaluation the evaluation job
 * @param schedule   the nightly run of every job
 */
@ConfigurationProperties("virkning.jobs")
public record JobsProperties(@DefaultValue Evaluation evaluation, @DefaultValue Schedule schedule) {

    /**
     * @param threads        partitions evaluated in parallel (one per core is right: the work is CPU-bound)
     * @param commitInterval projects per transaction; also how much work a restart can repeat
     */
    public record Evaluation(@DefaultValue("2") int threads, @DefaultValue("10") int commitInterval) {
    }

    /**
     * @param enabled whether the nightly chain runs: evaluation, then economy, then reports
     * @param cron    when it starts, as a Spring cron expression in the server's time zone; "-" for never
     */
    public record Schedule(@DefaultValue("true") boolean enabled, @DefaultValue("0 30 2 * * *") String cron) {
    }
}
