/**
 * Reading the platform's JSON definition files (instruments, valuation sets and their
 * indexes): one strict Jackson configuration and one way of naming the file and the JSON
 * path of what is wrong, shared by {@link dk.virkning.stats.instrument.InstrumentCatalog}
 * and {@link dk.virkning.stats.economy.ValuationSets}.
 */
package dk.virkning.stats.definition;
