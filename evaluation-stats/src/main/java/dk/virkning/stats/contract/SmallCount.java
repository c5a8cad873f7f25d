package dk.virkning.stats.contract;

/** The small-cell rule for counts of people (docs/privacy.md): one to four people are not shown. */
final class SmallCount {

    /** The smallest number of people a shown count may describe. */
    static final int THRESHOLD = 5;

    private SmallCount() {
    }

    static boolean isSmall(Integer count) {
        return count != null && count > 0 && count < THRESHOLD;
    }

    static Integer hide(Integer count) {
        return isSmall(count) ? null : count;
    }
}
