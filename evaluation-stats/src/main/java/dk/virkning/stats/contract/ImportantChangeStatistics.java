package dk.virkning.stats.contract;

import static dk.virkning.stats.contract.Finite.finite;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.paired.ImportantChangeShares;

/**
 * How many reached a minimal important change in the direction of improvement, and how many
 * deteriorated by as much (docs/methods.md §1.7); the second part of a stored WITHIN result.
 *
 * @param mic the minimal important change in score points
 * @param micImproved pairs improving by at least the MIC
 * @param micDeteriorated pairs deteriorating by at least the MIC
 * @param shareImproved micImproved / n
 * @param shareDeteriorated micDeteriorated / n
 */
public record ImportantChangeStatistics(
        @JsonProperty("mic") Double mic,
        @JsonProperty("mic_improved") Integer micImproved,
        @JsonProperty("mic_deteriorated") Integer micDeteriorated,
        @JsonProperty("share_improved") Double shareImproved,
        @JsonProperty("share_deteriorated") Double shareDeteriorated) {

    public static ImportantChangeStatistics of(ImportantChangeShares m) {
        return new ImportantChangeStatistics(finite(m.mic()), m.improved(), m.deteriorated(),
                finite(m.shareImproved()), finite(m.shareDeteriorated()));
    }

    /** A count of one to four people is withheld with the share that would reveal it. */
    ImportantChangeStatistics withoutSmallCounts() {
        boolean improvedHidden = SmallCount.isSmall(micImproved);
        boolean deterioratedHidden = SmallCount.isSmall(micDeteriorated);
        return new ImportantChangeStatistics(mic, SmallCount.hide(micImproved), SmallCount.hide(micDeteriorated),
                improvedHidden ? null : shareImproved, deterioratedHidden ? null : shareDeteriorated);
    }

    static ImportantChangeStatistics none() {
        return new ImportantChangeStatistics(null, null, null, null, null);
    }
}
