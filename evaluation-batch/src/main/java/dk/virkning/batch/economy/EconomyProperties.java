package dk.virkning.batch.economy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code virkning.economy} settings.
 *
 * @param threads   partitions valued in parallel (one per core is right: the Monte Carlo is CPU-bound)
 * @param chunkSize projects per transaction; also how much work a restart can repeat
 */
@ConfigurationProperties("virkning.economy")
public record EconomyProperties(@DefaultValue("2") int threads, @DefaultValue("10") int chunkSize) {
}
