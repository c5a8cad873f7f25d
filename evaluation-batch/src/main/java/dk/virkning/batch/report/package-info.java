/**
 * Evaluation reports as PDF (docs/reports.md). Read it by folder:
 * <ul>
 *   <li>{@code project}: the report of one project, its data loader and its sections, top to bottom;</li>
 *   <li>{@code portfolio}: the report of a grant pool, with the forest plot and the pooled estimate;</li>
 *   <li>{@code pdf}: the shared layout: page, fonts, footer, wording and number formats of both;</li>
 *   <li>{@code job}: the report job, which renders and stores them (Spring Batch);</li>
 * </ul>
 * and here what they share: who a report is for ({@link dk.virkning.batch.report.Audience}), how an
 * instrument and an economy estimate are shown, and the stored renderings.
 */
package dk.virkning.batch.report;
