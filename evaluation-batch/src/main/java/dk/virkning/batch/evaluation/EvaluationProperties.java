package dk.virkning.batch.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param threads        partitions evaluated in parallel (one per core is right: the work is CPU-bound)
 * @param commitInterval projects per transaction; also how much work a restart can repeat
 */
@ConfigurationProperties("virkning.jobs.evaluation")
public record EvaluationProperties(@DefaultValue("2") int threads, @DefaultValue("10") int commitInterval) {
}
