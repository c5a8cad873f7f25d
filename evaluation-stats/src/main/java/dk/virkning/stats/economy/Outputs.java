package dk.virkning.stats.economy;

/**
 * The figures of one valuation (the point estimate, or one Monte Carlo draw). A null
 * figure is undefined (e.g. no cost registered, budget effects not valued), never zero.
 * Formulas: {@link ValuationFormula}.
 *
 * @param netLifeSatisfactionChange net change in life satisfaction (0-10) per participant
 * @param netPersonsOutOfLoneliness net participants leaving loneliness caseness, scaled to all participants
 * @param discountedDurationYears F, the present-value duration in years
 * @param wellbys WELLBYs
 * @param dkkPerWellby value of one WELLBY in DKK at the set's price year
 * @param wellbeingValueDkk well-being value in DKK
 * @param budgetMunicipalityDkk avoided municipal costs
 * @param budgetRegionDkk avoided regional costs
 * @param budgetStateDkk avoided state costs
 * @param budgetTotalDkk the three together
 * @param totalValueDkk well-being value plus the valued budget effects
 * @param costPerParticipantDkk project cost / participants
 * @param costPerWellbyDkk project cost / WELLBYs (undefined unless WELLBYs &gt; 0)
 * @param socialReturnRatio total value / project cost
 */
public record Outputs(Double netLifeSatisfactionChange, Double netPersonsOutOfLoneliness,
        Double discountedDurationYears, Double wellbys, Double dkkPerWellby, Double wellbeingValueDkk,
        Double budgetMunicipalityDkk, Double budgetRegionDkk, Double budgetStateDkk, Double budgetTotalDkk,
        Double totalValueDkk, Double costPerParticipantDkk, Double costPerWellbyDkk, Double socialReturnRatio) {
}
