/** Reliability in the sample: Cronbach's α of the item scores (docs/methods.md §1.9). */
package dk.virkning.stats.reliability;
