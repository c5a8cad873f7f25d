/**
 * The report of one project: {@link dk.virkning.batch.report.project.ProjectReportLoader} reads
 * everything it shows in one transaction, {@link dk.virkning.batch.report.project.ProjectReportRenderer}
 * writes the sections in their order (cover, instruments, controlled comparison, subgroups,
 * participant flow, economy, methods).
 */
package dk.virkning.batch.report.project;
