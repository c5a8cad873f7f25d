package dk.virkning.stats.instrument;

/** How a score is compared with a cut-off threshold. Both comparisons include the threshold. */
public enum Comparison {
    /** Score ≥ threshold, e.g. T-ILS ≥ 7. */
    AT_LEAST("≥"),
    /** Score ≤ threshold, e.g. WHO-5 ≤ 50. */
    AT_MOST("≤");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** "≥" or "≤", for reports and codebooks. */
    public String symbol() {
        return symbol;
    }

    /** Whether {@code score} satisfies this comparison with {@code threshold}. */
    public boolean holds(double score, double threshold) {
        return this == AT_LEAST ? score >= threshold : score <= threshold;
    }
}
