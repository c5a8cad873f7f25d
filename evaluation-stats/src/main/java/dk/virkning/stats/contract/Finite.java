package dk.virkning.stats.contract;

import dk.virkning.stats.describe.Interval;

/** The contract's rule that an undefined value is {@code null}: never NaN or an infinity. */
final class Finite {

    private Finite() {
    }

    static Double finite(Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }

    static Interval finite(Interval value) {
        return value == null || !value.isFinite() ? null : value;
    }
}
