package dk.virkning.stats.paired;

import dk.virkning.stats.instrument.Direction;

/**
 * The reliable change index read in the instrument's direction: how many improved by more than the
 * threshold 1.96·S_diff, how many deteriorated by more, and how many changed by no more than
 * measurement error alone could explain (docs/methods.md §1.9).
 *
 * @param change       the index itself, in score points
 * @param improved     pairs improving by more than the threshold; {@code null} when S_diff is undefined
 * @param unchanged    the other pairs whose change is within ± the threshold
 * @param deteriorated pairs deteriorating by more than the threshold
 */
public record ReliableImprovement(ReliableChange change, Integer improved, Integer unchanged, Integer deteriorated) {

    public static ReliableImprovement of(CompletePairs pairs, double reliability, Direction direction) {
        ReliableChange r = ReliableChange.of(pairs, reliability);
        if (r.increased() == null) {
            return new ReliableImprovement(r, null, null, null);
        }
        boolean up = direction == Direction.HIGHER_IS_BETTER;
        int improved = up ? r.increased() : r.decreased();
        int deteriorated = up ? r.decreased() : r.increased();
        return new ReliableImprovement(r, improved, r.n() - improved - deteriorated, deteriorated);
    }

    /** A count's share of the complete pairs; {@code null} when undefined or there are none. */
    public Double share(Integer count) {
        return count == null || change.n() == 0 ? null : (double) count / change.n();
    }
}
