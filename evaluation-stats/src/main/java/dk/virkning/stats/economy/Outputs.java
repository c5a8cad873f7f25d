package dk.virkning.stats.economy;

/**
 * The figures of one valuation (the point estimate, or one Monte Carlo draw). A null
 * figure is undefined (e.g. no cost registered, budget effects not valued), never zero.
 * Formulas: {@link ValuationFormula}. The two views are kept apart: the well-being value, and
 * the public budget effect; the social value adds to the well-being value only what is a gain
 * to society (avoided health care and the tax distortion of the budget effect), never the transfers.
 *
 * @param netLifeSatisfactionChange net change in life satisfaction (0-10) per completer
 * @param netPersonsOutOfLoneliness net participants leaving loneliness caseness, among those counted
 * @param discountedDurationYears F, the present-value duration in years
 * @param wellbys WELLBYs
 * @param dkkPerWellby value of one WELLBY in DKK at the set's price year
 * @param wellbeingValueDkk well-being value in DKK
 * @param budgetMunicipalityDkk avoided municipal health-care spending
 * @param budgetRegionDkk avoided regional health-care spending
 * @param budgetStateDkk avoided public transfers (state): a fiscal effect only
 * @param budgetTotalDkk the public budget effect: the three together
 * @param taxDistortionDkk the welfare gain of the budget effect: tax distortion factor × budget total
 * @param socialValueDkk well-being value + avoided health care + tax distortion gain
 * @param costPerParticipantDkk project cost / participants
 * @param costPerWellbyDkk project cost / WELLBYs (undefined unless WELLBYs &gt; 0)
 * @param wellbeingReturnRatio well-being value / project cost
 * @param budgetReturnRatio public budget effect / project cost
 * @param socialReturnRatio social value / project cost
 */
public record Outputs(Double netLifeSatisfactionChange, Double netPersonsOutOfLoneliness,
        Double discountedDurationYears, Double wellbys, Double dkkPerWellby, Double wellbeingValueDkk,
        Double budgetMunicipalityDkk, Double budgetRegionDkk, Double budgetStateDkk, Double budgetTotalDkk,
        Double taxDistortionDkk, Double socialValueDkk, Double costPerParticipantDkk, Double costPerWellbyDkk,
        Double wellbeingReturnRatio, Double budgetReturnRatio, Double socialReturnRatio) {
}
