/**
 * The well-being economy (trivselsøkonomi): turns a project's measured effect into
 * WELLBYs, a well-being value in DKK and budget effects per payer, with a seeded Monte
 * Carlo interval and a one-at-a-time sensitivity (tornado) table.
 *
 * <p>All monetary and behavioural parameters are data: versioned valuation sets under
 * {@code valuation-sets/} on the classpath, read by {@link dk.virkning.stats.economy.ValuationSets}.
 * {@link dk.virkning.stats.economy.EconomyModel#estimate} is the one entry point; it is a
 * pure function of its inputs and returns an immutable {@link dk.virkning.stats.economy.EconomyEstimate}.
 * The formulas are stated on {@link dk.virkning.stats.economy.ValuationFormula} and in
 * docs/methods.md (section 7).
 *
 * <p>References: HM Treasury (2021), Green Book supplementary guidance: Wellbeing guidance
 * for appraisal; Frijters &amp; Krekel (2021), A Handbook for Wellbeing Policy-Making,
 * Oxford University Press; Open Social Value Bank (DK); Ensomhed i Tal (Copenhagen
 * Economics, Økonomer Uden Grænser, Impactly); Finansministeriet (2021), Dokumentationsnotat
 * – den samfundsøkonomiske diskonteringsrente.
 */
package dk.virkning.stats.economy;
