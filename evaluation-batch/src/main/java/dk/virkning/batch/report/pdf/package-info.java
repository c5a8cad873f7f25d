/**
 * The layout both reports share: the page and its fonts (OpenPDF), the footer, and the wording and
 * Danish or English number formats from the message bundles.
 */
package dk.virkning.batch.report.pdf;
