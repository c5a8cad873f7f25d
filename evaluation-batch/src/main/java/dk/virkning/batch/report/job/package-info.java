/**
 * The report job (Spring Batch): selects the reports to render, renders them in partitions and
 * stores each rendering, replacing the previous one (docs/operations.md, batch jobs).
 */
package dk.virkning.batch.report.job;
