package dk.virkning.stats.economy;

import java.util.List;

/** The parameter ids the model reads from a valuation set. */
public final class ParameterIds {

    /** Value of one WELLBY in GBP at its price year (Green Book: 13,000 at 2019 prices). */
    public static final String WELLBY_VALUE_GBP = "wellby_value_gbp";
    /** DKK per GBP in the WELLBY value's price year. */
    public static final String DKK_PER_GBP = "dkk_per_gbp";
    /** Danish price level of the set's price year relative to the WELLBY value's price year. */
    public static final String CPI_RATIO = "cpi_ratio";
    /** Social discount rate r per year. */
    public static final String DISCOUNT_RATE = "discount_rate";
    /** Duration D of the effect in years. */
    public static final String DURATION_YEARS = "duration_years";
    /** Share of the effect lost each year. */
    public static final String DROP_OFF = "drop_off";
    /** Share of an uncontrolled change that would have happened anyway. */
    public static final String DEADWEIGHT = "deadweight";
    /** Life-satisfaction difference between lonely and not-lonely people (route B). */
    public static final String LIFE_SATISFACTION_GAP = "life_satisfaction_gap";
    /** Annual extra municipal cost per lonely person. */
    public static final String HEALTH_COST_MUNICIPAL = "health_cost_municipal_dkk";
    /** Annual extra regional cost per lonely person. */
    public static final String HEALTH_COST_REGIONAL = "health_cost_regional_dkk";
    /** Annual extra state cost per lonely person. */
    public static final String STATE_COST = "state_cost_dkk";
    /**
     * Optional: life-satisfaction points per WHO-5 point. A set without it leaves a project
     * that measured only WHO-5 "not valued".
     */
    public static final String WHO5_TO_LIFE_SATISFACTION = "who5_to_life_satisfaction";

    /** Every set must hold these. */
    public static final List<String> REQUIRED = List.of(WELLBY_VALUE_GBP, DKK_PER_GBP, CPI_RATIO, DISCOUNT_RATE,
            DURATION_YEARS, DROP_OFF, DEADWEIGHT, LIFE_SATISFACTION_GAP, HEALTH_COST_MUNICIPAL, HEALTH_COST_REGIONAL,
            STATE_COST);

    /** Every id the model understands; any other id in a set is a typo. */
    public static final List<String> KNOWN = List.of(WELLBY_VALUE_GBP, DKK_PER_GBP, CPI_RATIO, DISCOUNT_RATE,
            DURATION_YEARS, DROP_OFF, DEADWEIGHT, LIFE_SATISFACTION_GAP, HEALTH_COST_MUNICIPAL, HEALTH_COST_REGIONAL,
            STATE_COST, WHO5_TO_LIFE_SATISFACTION);

    private ParameterIds() {
    }
}
