package dk.virkning.stats.economy;

import java.util.function.Function;

/** The figures an estimate reports, with the names they carry in JSON and reports. */
public enum Output {
    NET_LIFE_SATISFACTION_CHANGE("net_life_satisfaction_change", Outputs::netLifeSatisfactionChange),
    NET_PERSONS_OUT_OF_LONELINESS("net_persons_out_of_loneliness", Outputs::netPersonsOutOfLoneliness),
    DISCOUNTED_DURATION_YEARS("discounted_duration_years", Outputs::discountedDurationYears),
    WELLBYS("wellbys", Outputs::wellbys),
    DKK_PER_WELLBY("dkk_per_wellby", Outputs::dkkPerWellby),
    WELLBEING_VALUE_DKK("wellbeing_value_dkk", Outputs::wellbeingValueDkk),
    BUDGET_MUNICIPALITY_DKK("budget_municipality_dkk", Outputs::budgetMunicipalityDkk),
    BUDGET_REGION_DKK("budget_region_dkk", Outputs::budgetRegionDkk),
    BUDGET_STATE_DKK("budget_state_dkk", Outputs::budgetStateDkk),
    BUDGET_TOTAL_DKK("budget_total_dkk", Outputs::budgetTotalDkk),
    TOTAL_VALUE_DKK("total_value_dkk", Outputs::totalValueDkk),
    COST_PER_PARTICIPANT_DKK("cost_per_participant_dkk", Outputs::costPerParticipantDkk),
    COST_PER_WELLBY_DKK("cost_per_wellby_dkk", Outputs::costPerWellbyDkk),
    SOCIAL_RETURN_RATIO("social_return_ratio", Outputs::socialReturnRatio);

    private final String jsonName;
    private final Function<Outputs, Double> accessor;

    Output(String jsonName, Function<Outputs, Double> accessor) {
        this.jsonName = jsonName;
        this.accessor = accessor;
    }

    /** The snake_case name used in stored JSON and reports. */
    public String jsonName() {
        return jsonName;
    }

    /** This figure of the given outputs; null when undefined. */
    public Double of(Outputs outputs) {
        return accessor.apply(outputs);
    }
}
