package dk.virkning.batch.report.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code virkning.reports} settings.
 *
 * @param threads   partitions rendered in parallel
 * @param chunkSize targets (projects or grant pools) per transaction; also how much work a restart can repeat
 */
@ConfigurationProperties("virkning.reports")
public record ReportProperties(@DefaultValue("2") int threads, @DefaultValue("5") int chunkSize) {
}
