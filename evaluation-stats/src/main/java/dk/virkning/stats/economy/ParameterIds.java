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
    /** Annual extra municipal health-care cost per lonely person aged 16-64, at its own price year. */
    public static final String HEALTH_COST_MUNICIPAL = "health_cost_municipal_dkk";
    /** Annual extra regional health-care cost per lonely person aged 16-64, at its own price year. */
    public static final String HEALTH_COST_REGIONAL = "health_cost_regional_dkk";
    /** Price level of the set's price year relative to the health costs' price year. */
    public static final String HEALTH_COST_PRICE_RATIO = "health_cost_price_ratio";
    /**
     * The health-care cost of loneliness for a participant outside ages 16-64 (or of unknown
     * age), as a multiple of the 16-64 cost.
     */
    public static final String HEALTH_COST_OTHER_AGES_FACTOR = "health_cost_other_ages_factor";
    /**
     * Annual public transfers (sick pay, unemployment benefits) per lonely person: a fiscal
     * effect on the state budget, never social value.
     */
    public static final String TRANSFER_COST = "transfer_cost_dkk";
    /**
     * The Ministry of Finance's tax distortion factor: the welfare cost of raising one krone of
     * tax, so the welfare gain of one krone of public saving.
     */
    public static final String TAX_DISTORTION = "tax_distortion_factor";
    /**
     * Optional: life-satisfaction points per WHO-5 point. A set without it leaves a project
     * that measured only WHO-5 "not valued".
     */
    public static final String WHO5_TO_LIFE_SATISFACTION = "who5_to_life_satisfaction";

    /** Every set must hold these. */
    public static final List<String> REQUIRED = List.of(WELLBY_VALUE_GBP, DKK_PER_GBP, CPI_RATIO, DISCOUNT_RATE,
            DURATION_YEARS, DROP_OFF, DEADWEIGHT, LIFE_SATISFACTION_GAP, HEALTH_COST_MUNICIPAL, HEALTH_COST_REGIONAL,
            HEALTH_COST_PRICE_RATIO, HEALTH_COST_OTHER_AGES_FACTOR, TRANSFER_COST, TAX_DISTORTION);

    /**
     * The DKK parameters that may have a price year other than the set's: the model brings them
     * to the set's price year with {@link #HEALTH_COST_PRICE_RATIO}. Any other DKK amount must be
     * at the set's price year.
     */
    public static final List<String> UPRATED = List.of(HEALTH_COST_MUNICIPAL, HEALTH_COST_REGIONAL);

    /** Every id the model understands; any other id in a set is a typo. */
    public static final List<String> KNOWN = List.of(WELLBY_VALUE_GBP, DKK_PER_GBP, CPI_RATIO, DISCOUNT_RATE,
            DURATION_YEARS, DROP_OFF, DEADWEIGHT, LIFE_SATISFACTION_GAP, HEALTH_COST_MUNICIPAL, HEALTH_COST_REGIONAL,
            HEALTH_COST_PRICE_RATIO, HEALTH_COST_OTHER_AGES_FACTOR, TRANSFER_COST, TAX_DISTORTION,
            WHO5_TO_LIFE_SATISFACTION);

    private ParameterIds() {
    }
}
