package dk.virkning.batch.report.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dk.virkning.stats.meta.MetaResult;

/**
 * A grant pool's portfolio: its funded projects (after the filter) with their main effect on one
 * instrument, and the random-effects pooled estimate. Effects are signed so that positive is an
 * improvement on every instrument.
 *
 * @param instrument the instrument compared
 * @param meta       the pooled estimate over the projects with an effect, or null when none has one
 */
public record PortfolioData(Pool pool, PortfolioFilter filter, String instrument, List<Row> rows, MetaResult meta) {

    public record Pool(long id, long organisationId, String organisationName, String name, LocalDate periodStart,
            LocalDate periodEnd, BigDecimal totalDkk) {
    }

    /** A funded project as the loader reads it. */
    public record Project(long id, long organisationId, String organisationName, String title, String design,
            String ageGroup, String[] arenas, String[] instruments, BigDecimal costDkk, int enrolled) {
    }

    /**
     * An effect: Hedges' g of the change scores between arms for controlled designs, g_z within
     * the group otherwise; with its 95% interval and sampling variance for pooling.
     */
    public record Effect(boolean controlled, double g, double low, double high, double variance) {
    }

    /**
     * One compared project. {@code hidden} when the effect rests on a cell of fewer than five
     * participants: then no number of it is shown, and it is left out of the pooling.
     */
    public record Row(Project project, Integer n, boolean hidden, Effect effect, Integer completers,
            Integer dropouts, Double costPerParticipant, String economyStatus, boolean economyHidden,
            Double wellbeingValue, Double wellbeingLow, Double wellbeingHigh) {
    }

    boolean mixesPostOnlyWithControlled() {
        boolean postOnly = rows.stream().anyMatch(r -> r.project().design().equals("POST_ONLY"));
        boolean controlled = rows.stream().anyMatch(r -> r.project().design().equals("RCT")
                || r.project().design().equals("PRE_POST_CONTROL"));
        return postOnly && controlled;
    }

    boolean mixesEffectKinds() {
        List<Effect> effects = rows.stream().filter(r -> !r.hidden() && r.effect() != null).map(Row::effect).toList();
        return effects.stream().anyMatch(Effect::controlled) && effects.stream().anyMatch(e -> !e.controlled());
    }
}
