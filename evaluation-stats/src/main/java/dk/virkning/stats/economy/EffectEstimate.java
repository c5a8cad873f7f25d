package dk.virkning.stats.economy;

/**
 * An effect the valuation used, before deadweight, per participant, with its sampling
 * standard error. The Monte Carlo draws it from Normal(estimate, standardError).
 *
 * <ul>
 * <li>Mean change, uncontrolled: estimate = mean change, SE = sd / √n.</li>
 * <li>Mean change, controlled: estimate = change(intervention) − change(control),
 *     SE = √(sd_I²/n_I + sd_C²/n_C) (unpooled).</li>
 * <li>Caseness, uncontrolled: estimate s = (resolved − new)/n, SE = √((resolved + new) − (resolved − new)²/n)/n
 *     (Wald SE of a difference of paired proportions).</li>
 * <li>Caseness, controlled: s_I − s_C, SE = √(SE_I² + SE_C²).</li>
 * </ul>
 *
 * @param instrument the instrument it was measured with
 * @param kind what it measures
 * @param estimate the estimate
 * @param standardError its standard error (0: not drawn)
 * @param counterfactual what it is net of
 * @param nIntervention complete pairs in the intervention group
 * @param nControl complete pairs in the control group, or null
 */
public record EffectEstimate(String instrument, EffectKind kind, double estimate, double standardError,
        Counterfactual counterfactual, int nIntervention, Integer nControl) {

    static EffectEstimate of(ChangeEstimate change) {
        GroupChange i = change.intervention();
        GroupChange c = change.control();
        if (c == null) {
            return new EffectEstimate(change.instrument(), EffectKind.MEAN_CHANGE, i.meanChange(), i.standardError(),
                    Counterfactual.DEADWEIGHT, i.n(), null);
        }
        return new EffectEstimate(change.instrument(), EffectKind.MEAN_CHANGE, i.meanChange() - c.meanChange(),
                Math.hypot(i.standardError(), c.standardError()), Counterfactual.CONTROL_GROUP, i.n(), c.n());
    }

    static EffectEstimate of(CasenessEstimate caseness) {
        CasenessChange i = caseness.intervention();
        CasenessChange c = caseness.control();
        if (c == null) {
            return new EffectEstimate(caseness.instrument(), EffectKind.NET_SHARE_LEAVING_CASENESS, i.netShare(),
                    i.standardError(), Counterfactual.DEADWEIGHT, i.n(), null);
        }
        return new EffectEstimate(caseness.instrument(), EffectKind.NET_SHARE_LEAVING_CASENESS,
                i.netShare() - c.netShare(), Math.hypot(i.standardError(), c.standardError()),
                Counterfactual.CONTROL_GROUP, i.n(), c.n());
    }
}
