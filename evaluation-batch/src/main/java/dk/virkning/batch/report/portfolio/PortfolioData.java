package dk.virkning.batch.report.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dk.virkning.stats.meta.PooledByDesign;

/**
 * A grant pool's portfolio: its funded projects (after the filter) with their main effect on one
 * instrument, and the random-effects estimates pooled by design. Effects are signed so that
 * positive is an improvement on every instrument.
 *
 * @param instrument the instrument compared
 * @param pooling    controlled and uncontrolled projects pooled apart, or null when no project has an effect
 */
public record PortfolioData(Pool pool, PortfolioFilter filter, String instrument, List<Row> rows,
        PooledByDesign.Result pooling) {

    public record Pool(long id, long organisationId, String organisationName, String name, LocalDate periodStart,
            LocalDate periodEnd, BigDecimal totalDkk) {
    }

    /** A funded project as the loader reads it. */
    public record Project(long id, long organisationId, String organisationName, String title, String design,
            String ageGroup, String[] arenas, String[] instruments, BigDecimal costDkk, int enrolled) {
    }

    /**
     * An effect in baseline standard deviations: d_ppc2 (the difference in change between arms,
     * Morris 2008) for controlled designs, the standardised mean change SMCR within the group
     * otherwise; with its sampling variance and the 95% interval g ± 1.96√v that the pooling uses.
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
        boolean controlled = rows.stream().anyMatch(r -> controlled(r.project().design()));
        return postOnly && controlled;
    }

    /** The rows with an effect that is shown and pooled. */
    public List<Row> pooled() {
        return pooled(rows);
    }

    static List<Row> pooled(List<Row> rows) {
        return rows.stream().filter(r -> !r.hidden() && r.effect() != null).toList();
    }

    /** Controlled designs are RCTs and pre-post designs with a control group. */
    static boolean controlled(String design) {
        return design.equals("RCT") || design.equals("PRE_POST_CONTROL");
    }
}
