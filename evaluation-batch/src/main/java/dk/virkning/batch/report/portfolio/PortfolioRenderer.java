package dk.virkning.batch.report.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import dk.virkning.batch.report.InstrumentView;
import dk.virkning.batch.report.pdf.PdfReport;
import dk.virkning.batch.report.pdf.ReportLanguage;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.stats.instrument.InstrumentCatalog;
import dk.virkning.stats.meta.MetaResult;
import dk.virkning.stats.meta.PooledByDesign;

/**
 * Renders a grant pool's portfolio report for its funder: the funded projects side by side
 * (design, n, attrition, main effect, cost per participant, well-being value), a forest plot
 * with each design's own pooled random-effects estimate (τ², I², prediction interval), the test of
 * the difference between designs, and a headline that is the controlled estimate or says that there
 * is not enough controlled evidence to pool. A cell resting on fewer than five participants
 * shows "&lt;5" and never a number.
 */
public final class PortfolioRenderer {

    private final InstrumentCatalog catalog;

    public PortfolioRenderer(InstrumentCatalog catalog) {
        this.catalog = catalog;
    }

    public byte[] render(PortfolioData data, ReportLanguage language, LocalDate generatedOn) {
        ReportText text = new ReportText(language);
        String title = text.get("portfolio.documentTitle", data.pool().name());
        PdfReport pdf = new PdfReport(text, title, data.pool().organisationName(), text.get("portfolio.subject"), title,
                text.date(generatedOn));
        InstrumentView instrument = InstrumentView.of(catalog.get(data.instrument()), text);

        Paragraph kind = new Paragraph(text.get("portfolio.kind"), pdf.h2);
        kind.setSpacingAfter(4);
        pdf.add(kind);
        Paragraph heading = new Paragraph(data.pool().name(), pdf.title);
        heading.setLeading(27);
        heading.setSpacingAfter(8);
        pdf.add(heading);
        pdf.paragraph(text.get("portfolio.owner", data.pool().organisationName()) + " "
                + (data.pool().totalDkk() == null ? "" : text.get("portfolio.total", text.dkk(data.pool().totalDkk().doubleValue()))));
        pdf.paragraph(text.get("portfolio.filters", instrument.name(), filters(data.filter(), text)));
        pdf.paragraph(text.get("portfolio.privacy"), pdf.note);

        if (data.mixesPostOnlyWithControlled()) {
            pdf.labelled(text.get("portfolio.warning"), text.get("portfolio.warningPostOnly"));
        }
        headline(pdf, text, data.pooling());

        pdf.heading(text.get("portfolio.comparisonHeading"));
        if (data.rows().isEmpty()) {
            pdf.paragraph(text.get("portfolio.noProjects"));
        } else {
            comparison(pdf, text, data, instrument);
        }

        pdf.heading(text.get("portfolio.forestHeading", instrument.shortName()));
        ForestPlot plot = new ForestPlot(data.rows(), data.pooling(), text, design -> text.get("designShort." + design));
        if (plot.isEmpty()) {
            pdf.paragraph(text.get("portfolio.noEffects"));
        } else {
            pdf.drawing(pdf.width(), plot.height(), g -> plot.draw(g, pdf.width()));
            pdf.paragraph(text.get("portfolio.forestCaption"), pdf.note);
            pooled(pdf, text, data.pooling());
        }
        pdf.heading(text.get("portfolio.methodsHeading"));
        pdf.paragraph(text.get("portfolio.methods"));
        pdf.paragraph(text.get("methods.see", "docs/methods.md", "3") + " " + text.get("methods.see",
                "docs/methods.md", "7"), pdf.note);
        return pdf.finish();
    }

    private static void comparison(PdfReport pdf, ReportText text, PortfolioData data, InstrumentView instrument) {
        PdfPTable table = pdf.table(3.0f, 1.5f, 0.8f, 1.0f, 1.9f, 1.3f, 2.3f);
        for (String key : List.of("portfolio.project", "portfolio.design", "stat.nShort", "portfolio.attrition",
                "portfolio.effect", "output.cost_per_participant_dkk", "output.wellbeing_value_dkk")) {
            pdf.headerCell(table, text.get(key));
        }
        for (PortfolioData.Row row : data.rows()) {
            pdf.cell(table, row.project().title() + "\n" + row.project().organisationName());
            pdf.cell(table, text.get("designShort." + row.project().design()));
            pdf.numberCell(table, row.n() == null ? ReportText.NONE : text.count(row.n(), true));
            pdf.numberCell(table, attrition(row, text));
            pdf.numberCell(table, effect(row, text));
            pdf.numberCell(table, row.economyHidden() ? ReportText.SMALL_CELL : text.dkk(row.costPerParticipant()));
            pdf.numberCell(table, wellbeing(row, text));
        }
        pdf.add(table);
        pdf.paragraph(text.get("portfolio.tableNote", instrument.shortName()), pdf.note);
    }

    private static String attrition(PortfolioData.Row row, ReportText text) {
        if (row.completers() == null || row.dropouts() == null || row.completers() + row.dropouts() == 0) {
            return ReportText.NONE;
        }
        if (row.dropouts() > 0 && row.dropouts() < 5 || row.completers() > 0 && row.completers() < 5) {
            return ReportText.SMALL_CELL;
        }
        return text.percent((double) row.dropouts() / (row.completers() + row.dropouts()));
    }

    private static String effect(PortfolioData.Row row, ReportText text) {
        if (row.hidden()) {
            return ReportText.SMALL_CELL;
        }
        PortfolioData.Effect e = row.effect();
        if (e == null) {
            return ReportText.NONE;
        }
        return text.get(e.controlled() ? "portfolio.dControlled" : "portfolio.dWithin") + " "
                + text.withInterval(e.g(), e.low(), e.high(), 2);
    }

    private static String wellbeing(PortfolioData.Row row, ReportText text) {
        if (row.economyStatus() == null) {
            return ReportText.NONE;
        }
        if (!row.economyStatus().equals("VALUED")) {
            return text.get("portfolio.notValued");
        }
        if (row.economyHidden()) {
            return ReportText.SMALL_CELL;
        }
        return text.dkk(row.wellbeingValue()) + "\n(" + text.interval(row.wellbeingLow(), row.wellbeingHigh(), 0) + ")";
    }

    /**
     * The headline: the controlled projects' pooled effect when there are at least two of them;
     * otherwise that there is not enough controlled evidence to pool.
     */
    private static void headline(PdfReport pdf, ReportText text, PooledByDesign.Result pooling) {
        if (pooling == null) {
            return;
        }
        MetaResult h = pooling.headline();
        if (h == null || h.estimate() == null) {
            pdf.labelled(text.get("portfolio.headline"), text.get("portfolio.tooFewControlled",
                    text.integer(PooledByDesign.MIN_CONTROLLED)));
            return;
        }
        pdf.labelled(text.get("portfolio.headline"), text.get("portfolio.headlineControlled", text.integer(h.k()),
                text.withInterval(h.estimate(), h.ci().lower(), h.ci().upper(), 2), text.pStatement(h.p())));
    }

    /** Each design's own pooled estimate, and the test of the difference between them. */
    private static void pooled(PdfReport pdf, ReportText text, PooledByDesign.Result pooling) {
        if (pooling == null) {
            pdf.paragraph(text.get("portfolio.noPooling"));
            return;
        }
        subgroup(pdf, text, "controlled", pooling.controlled());
        subgroup(pdf, text, "uncontrolled", pooling.uncontrolled());
        if (pooling.qm() != null) {
            String statistic = pooling.qmDf2() == null
                    ? text.get("portfolio.qmChi2", text.integer(pooling.qmDf()), text.number(pooling.qm(), 2))
                    : text.get("portfolio.qmF", text.integer(pooling.qmDf()), text.integer(pooling.qmDf2()),
                            text.number(pooling.qm(), 2));
            pdf.paragraph(text.get("portfolio.designDifference", statistic, text.pStatement(pooling.qmP())));
        }
        pdf.paragraph(text.get("portfolio.test." + pooling.test().name(), text.integer(PooledByDesign.KNHA_BELOW)),
                pdf.note);
    }

    private static void subgroup(PdfReport pdf, ReportText text, String key, MetaResult meta) {
        if (meta == null) {
            return;
        }
        if (meta.k() < 2 || meta.estimate() == null) {
            pdf.paragraph(text.get("portfolio.subgroupSingle." + key, text.integer(meta.k())));
            return;
        }
        pdf.paragraph(text.get("portfolio.subgroup." + key, text.integer(meta.k()), text.withInterval(meta.estimate(),
                meta.ci().lower(), meta.ci().upper(), 2), text.pStatement(meta.p()), text.number(meta.tau2(), 3),
                text.number(meta.i2(), 0), text.interval(meta.pi().lower(), meta.pi().upper(), 2)));
        if (meta.k() < 3) {
            pdf.paragraph(text.get("portfolio.fewStudies"), pdf.note);
        }
    }

    private static String filters(PortfolioFilter filter, ReportText text) {
        List<String> set = new ArrayList<>();
        if (filter.design() != null) {
            set.add(text.get("design." + filter.design()));
        }
        if (filter.ageGroup() != null) {
            set.add(text.get("ageGroup." + filter.ageGroup()));
        }
        if (filter.arena() != null) {
            set.add(text.get("arena." + filter.arena()));
        }
        return set.isEmpty() ? text.get("portfolio.allProjects") : String.join(", ", set);
    }
}
