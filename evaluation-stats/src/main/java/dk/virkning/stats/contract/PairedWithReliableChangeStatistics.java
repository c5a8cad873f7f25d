package dk.virkning.stats.contract;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * What {@code virkning-stats paired --reliability R} prints: the within-group statistics followed by
 * the reliable change index.
 *
 * @param paired        the within-group statistics
 * @param reliableChange the reliable change index and the shares beyond it
 */
public record PairedWithReliableChangeStatistics(@JsonUnwrapped PairedStatistics paired,
                                                 @JsonUnwrapped ReliableChangeStatistics reliableChange) {
}
