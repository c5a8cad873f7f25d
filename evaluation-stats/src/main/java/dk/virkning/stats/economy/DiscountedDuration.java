package dk.virkning.stats.economy;

/**
 * How many "full, present-value years" an effect is worth.
 *
 * <p>The effect lasts D years, loses a share d of itself each year and is discounted at
 * rate r, with the first year (t = 0, the year measured) undiscounted as in the Green Book:
 *
 * <pre>
 *   F(D, d, r) = Σ_{t=0}^{⌈D⌉−1} min(1, D − t) · (1 − d)^t / (1 + r)^t
 * </pre>
 *
 * For whole D this is the geometric sum (1 − q^D) / (1 − q) with q = (1 − d)/(1 + r)
 * (and D when q = 1); a fractional last year counts in proportion. F(1, d, r) = 1,
 * F(0.5, d, r) = 0.5, F(2, 0.5, 0.035) = 1 + 0.5/1.035.
 */
public final class DiscountedDuration {

    private DiscountedDuration() {
    }

    /**
     * @param years D ≥ 0
     * @param dropOff d in [0, 1]
     * @param discountRate r &gt; −1
     */
    public static double factor(double years, double dropOff, double discountRate) {
        if (!(years >= 0) || !(dropOff >= 0 && dropOff <= 1) || !(discountRate > -1)) {
            throw new IllegalArgumentException("expected D >= 0, 0 <= d <= 1, r > -1; got D=" + years + ", d="
                    + dropOff + ", r=" + discountRate);
        }
        double sum = 0;
        double weight = 1;
        double q = (1 - dropOff) / (1 + discountRate);
        for (int t = 0; t < years; t++) {
            sum += Math.min(1, years - t) * weight;
            weight *= q;
        }
        return sum;
    }
}
