package dk.virkning.stats.economy;

/**
 * An effect the valuation used, before deadweight, per participant, with its sampling
 * standard error. The Monte Carlo draws it from Normal(estimate, standardError).
 *
 * <ul>
 * <li>Mean change, uncontrolled: estimate = mean change, SE = sd / √n.</li>
 * <li>Mean change, controlled: the ANCOVA difference ({@link AdjustedDifference}) with its SE;
 *     without one (a result stored before it, or too few pairs), change(intervention) − change(control),
 *     SE = √(sd_I²/n_I + sd_C²/n_C) (unpooled).</li>
 * <li>Caseness, uncontrolled: estimate s = (resolved − new)/n, SE = √((resolved + new) − (resolved − new)²/n)/n
 *     (Wald SE of a difference of paired proportions).</li>
 * <li>Caseness, controlled: minus the ANCOVA difference in the share of cases at the later wave
 *     (a linear probability model adjusted for baseline caseness), with its SE; without one,
 *     s_I − s_C, SE = √(SE_I² + SE_C²).</li>
 * </ul>
 *
 * @param instrument the instrument it was measured with
 * @param kind what it measures
 * @param estimate the estimate
 * @param standardError its standard error (0: not drawn)
 * @param counterfactual what it is net of
 * @param nIntervention complete pairs in the intervention group
 * @param nControl complete pairs in the control group, or null
 * @param ancova the estimate is the ANCOVA difference (a controlled design), not a raw difference
 */
public record EffectEstimate(String instrument, EffectKind kind, double estimate, double standardError,
        Counterfactual counterfactual, int nIntervention, Integer nControl, boolean ancova) {

    static EffectEstimate of(ChangeEstimate change) {
        GroupChange i = change.intervention();
        GroupChange c = change.control();
        if (c == null) {
            return new EffectEstimate(change.instrument(), EffectKind.MEAN_CHANGE, i.meanChange(), i.standardError(),
                    Counterfactual.DEADWEIGHT, i.n(), null, false);
        }
        AdjustedDifference a = change.adjusted();
        if (a != null) {
            return new EffectEstimate(change.instrument(), EffectKind.MEAN_CHANGE, a.difference(), a.standardError(),
                    Counterfactual.CONTROL_GROUP, i.n(), c.n(), true);
        }
        return new EffectEstimate(change.instrument(), EffectKind.MEAN_CHANGE, i.meanChange() - c.meanChange(),
                Math.hypot(i.standardError(), c.standardError()), Counterfactual.CONTROL_GROUP, i.n(), c.n(), false);
    }

    static EffectEstimate of(CasenessEstimate caseness) {
        CasenessChange i = caseness.intervention();
        CasenessChange c = caseness.control();
        if (c == null) {
            return new EffectEstimate(caseness.instrument(), EffectKind.NET_SHARE_LEAVING_CASENESS, i.netShare(),
                    i.standardError(), Counterfactual.DEADWEIGHT, i.n(), null, false);
        }
        AdjustedDifference a = caseness.adjusted();
        if (a != null) {
            // fewer cases at the later wave is a net share leaving caseness
            return new EffectEstimate(caseness.instrument(), EffectKind.NET_SHARE_LEAVING_CASENESS, -a.difference(),
                    a.standardError(), Counterfactual.CONTROL_GROUP, i.n(), c.n(), true);
        }
        return new EffectEstimate(caseness.instrument(), EffectKind.NET_SHARE_LEAVING_CASENESS,
                i.netShare() - c.netShare(), Math.hypot(i.standardError(), c.standardError()),
                Counterfactual.CONTROL_GROUP, i.n(), c.n(), false);
    }
}
