/**
 * Questionnaire instruments (WHO-5, T-ILS, life satisfaction, unwanted aloneness,
 * De Jong Gierveld 6) and their scoring.
 *
 * <p>Instruments are data, not code: each is a JSON definition file under
 * {@code instruments/} on the classpath, listed in {@code instruments/index.json}.
 * {@link dk.virkning.stats.instrument.InstrumentCatalog} loads them;
 * {@link dk.virkning.stats.instrument.InstrumentScorer} validates an answer map and
 * scores it with the definition's rule. An instrument added later (e.g. SWEMWBS) is a
 * new definition file and an index line.
 */
package dk.virkning.stats.instrument;
