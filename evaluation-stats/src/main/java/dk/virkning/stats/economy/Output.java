package dk.virkning.stats.economy;

import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The figures an estimate reports, with the names they carry in JSON and reports. */
public enum Output {
    @JsonProperty("net_life_satisfaction_change")
    NET_LIFE_SATISFACTION_CHANGE(Outputs::netLifeSatisfactionChange),
    @JsonProperty("net_persons_out_of_loneliness")
    NET_PERSONS_OUT_OF_LONELINESS(Outputs::netPersonsOutOfLoneliness),
    @JsonProperty("discounted_duration_years")
    DISCOUNTED_DURATION_YEARS(Outputs::discountedDurationYears),
    @JsonProperty("wellbys")
    WELLBYS(Outputs::wellbys),
    @JsonProperty("dkk_per_wellby")
    DKK_PER_WELLBY(Outputs::dkkPerWellby),
    @JsonProperty("wellbeing_value_dkk")
    WELLBEING_VALUE_DKK(Outputs::wellbeingValueDkk),
    @JsonProperty("budget_municipality_dkk")
    BUDGET_MUNICIPALITY_DKK(Outputs::budgetMunicipalityDkk),
    @JsonProperty("budget_region_dkk")
    BUDGET_REGION_DKK(Outputs::budgetRegionDkk),
    @JsonProperty("budget_state_dkk")
    BUDGET_STATE_DKK(Outputs::budgetStateDkk),
    @JsonProperty("budget_total_dkk")
    BUDGET_TOTAL_DKK(Outputs::budgetTotalDkk),
    @JsonProperty("tax_distortion_dkk")
    TAX_DISTORTION_DKK(Outputs::taxDistortionDkk),
    @JsonProperty("social_value_dkk")
    SOCIAL_VALUE_DKK(Outputs::socialValueDkk),
    @JsonProperty("cost_per_participant_dkk")
    COST_PER_PARTICIPANT_DKK(Outputs::costPerParticipantDkk),
    @JsonProperty("cost_per_wellby_dkk")
    COST_PER_WELLBY_DKK(Outputs::costPerWellbyDkk),
    @JsonProperty("wellbeing_return_ratio")
    WELLBEING_RETURN_RATIO(Outputs::wellbeingReturnRatio),
    @JsonProperty("budget_return_ratio")
    BUDGET_RETURN_RATIO(Outputs::budgetReturnRatio),
    @JsonProperty("social_return_ratio")
    SOCIAL_RETURN_RATIO(Outputs::socialReturnRatio);

    /**
     * Names of figures that estimates stored by an earlier model carry and this one does not:
     * {@code total_value_dkk} added public transfers to the well-being value. Reading such an
     * estimate skips them rather than failing or renaming them into a figure they are not.
     */
    public static final java.util.Set<String> RETIRED = java.util.Set.of("total_value_dkk");

    private final Function<Outputs, Double> accessor;

    Output(Function<Outputs, Double> accessor) {
        this.accessor = accessor;
    }

    /** The snake_case name used in stored JSON and as the reports' message key: the constant's JSON name. */
    public String jsonName() {
        try {
            return Output.class.getField(name()).getAnnotation(JsonProperty.class).value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The output with this JSON name; empty for a retired or unknown name. */
    public static java.util.Optional<Output> ofJsonName(String name) {
        for (Output output : values()) {
            if (output.jsonName().equals(name)) {
                return java.util.Optional.of(output);
            }
        }
        return java.util.Optional.empty();
    }

    /** This figure of the given outputs; null when undefined. */
    public Double of(Outputs outputs) {
        return accessor.apply(outputs);
    }
}
