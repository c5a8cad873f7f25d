package dk.virkning.batch.report.portfolio;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import dk.virkning.batch.report.pdf.PdfReport;
import dk.virkning.batch.report.pdf.ReportFonts;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.batch.report.pdf.Shortened;
import dk.virkning.stats.meta.MetaResult;
import dk.virkning.stats.meta.PooledByDesign;

/**
 * A forest plot drawn with Java 2D, in two sections: the controlled projects, then the others.
 * Each project is a square sized by its weight within its section and a line for its 95% interval;
 * each section with two or more projects ends in its own pooled estimate as a diamond and its
 * prediction interval as a dashed line. There is no diamond over both sections: they estimate
 * different things (docs/methods.md, pooling a portfolio).
 */
final class ForestPlot {

    static final float ROW = 16;
    private static final float TOP = 8;
    private static final float BOTTOM = 64;

    /** One section: its projects and its pooled estimate (null when it has fewer than two). */
    private record Section(String heading, String pooledLabel, List<PortfolioData.Row> rows, MetaResult pooled) {
    }

    private final List<Section> sections;
    private final ReportText text;
    private final java.util.function.Function<String, String> designLabel;

    ForestPlot(List<PortfolioData.Row> rows, PooledByDesign.Result pooling, ReportText text,
            java.util.function.Function<String, String> designLabel) {
        this.text = text;
        this.designLabel = designLabel;
        this.sections = new java.util.ArrayList<>();
        for (boolean controlled : new boolean[] {true, false}) {
            List<PortfolioData.Row> members = PortfolioData.pooled(rows).stream()
                    .filter(r -> r.effect().controlled() == controlled).toList();
            if (members.isEmpty()) {
                continue;
            }
            MetaResult pooled = pooling == null ? null : controlled ? pooling.controlled() : pooling.uncontrolled();
            String key = controlled ? "controlled" : "uncontrolled";
            sections.add(new Section(text.get("portfolio.section." + key),
                    text.get("portfolio.pooledLabel." + key),
                    members, pooled != null && pooled.k() >= 2 && pooled.estimate() != null ? pooled : null));
        }
    }

    boolean isEmpty() {
        return sections.isEmpty();
    }

    float height() {
        float rows = 0;
        for (Section section : sections) {
            rows += 1 + section.rows().size() + (section.pooled() == null ? 0 : 1.5f) + 0.5f;
        }
        return TOP + ROW * rows + BOTTOM;
    }

    void draw(Graphics2D g, float width) {
        float labelWidth = width * 0.36f;
        float numbersWidth = width * 0.22f;
        float plotLeft = labelWidth + 6;
        float plotRight = width - numbersWidth - 6;
        double min = 0;
        double max = 0;
        for (Section section : sections) {
            for (PortfolioData.Row row : section.rows()) {
                min = Math.min(min, row.effect().low());
                max = Math.max(max, row.effect().high());
            }
            if (section.pooled() != null) {
                min = Math.min(min, section.pooled().pi().lower());
                max = Math.max(max, section.pooled().pi().upper());
            }
        }
        double step = niceStep((max - min) / 5);
        min = Math.floor(min / step) * step;
        max = Math.ceil(max / step) * step;
        final double lo = min;
        final double span = max - min;
        java.util.function.DoubleUnaryOperator x = v -> plotLeft + (v - lo) / span * (plotRight - plotLeft);

        g.setFont(ReportFonts.awt(false, 7.5f));
        FontMetrics metrics = g.getFontMetrics();
        float y = TOP;
        for (Section section : sections) {
            g.setColor(PdfReport.INK);
            g.setFont(ReportFonts.awt(true, 7.5f));
            g.drawString(Shortened.toWidth(section.heading(), labelWidth, g.getFontMetrics()::stringWidth), 0,
                    y + ROW / 2 + 3);
            g.setFont(ReportFonts.awt(false, 7.5f));
            y += ROW;
            double totalWeight = section.rows().stream().mapToDouble(r -> 1 / r.effect().variance()).sum();
            for (PortfolioData.Row row : section.rows()) {
                float centre = y + ROW / 2;
                PortfolioData.Effect e = row.effect();
                g.setColor(PdfReport.INK);
                String label = row.project().title() + " (" + designLabel.apply(row.project().design()) + ")";
                g.drawString(Shortened.toWidth(label, labelWidth, metrics::stringWidth), 0, centre + 3);
                g.setColor(PdfReport.ACCENT);
                g.setStroke(new BasicStroke(0.9f));
                g.draw(new Line2D.Double(x.applyAsDouble(e.low()), centre, x.applyAsDouble(e.high()), centre));
                double size = 3 + 6 * Math.sqrt((1 / e.variance()) / totalWeight);
                g.fill(new Rectangle2D.Double(x.applyAsDouble(e.g()) - size / 2, centre - size / 2, size, size));
                g.setColor(PdfReport.INK);
                String numbers = text.number(e.g(), 2) + " (" + text.interval(e.low(), e.high(), 2) + ")";
                g.drawString(numbers, width - metrics.stringWidth(numbers), centre + 3);
                y += ROW;
            }
            if (section.pooled() != null) {
                y += ROW / 2;
                diamond(g, x, section.pooled(), section.pooledLabel(), y + ROW / 2, labelWidth, width);
                y += ROW;
            }
            y += ROW / 2;
        }
        float axisY = y + 6;
        g.setColor(PdfReport.INK);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Line2D.Double(plotLeft, axisY, plotRight, axisY));
        g.setColor(PdfReport.MUTED);
        g.draw(new Line2D.Double(x.applyAsDouble(0), TOP - 4, x.applyAsDouble(0), axisY));
        g.setColor(PdfReport.INK);
        for (double tick = lo; tick <= lo + span + 1e-9; tick += step) {
            double tx = x.applyAsDouble(tick);
            g.draw(new Line2D.Double(tx, axisY, tx, axisY + 3));
            String label = text.number(tick, step < 0.1 ? 2 : 1);
            g.drawString(label, (float) tx - metrics.stringWidth(label) / 2f, axisY + 12);
        }
        String worse = text.get("portfolio.favoursWorse");
        String better = text.get("portfolio.favoursBetter");
        g.setColor(PdfReport.MUTED);
        g.drawString(worse, (float) x.applyAsDouble(0) - metrics.stringWidth(worse) - 6, axisY + 24);
        g.drawString(better, (float) x.applyAsDouble(0) + 6, axisY + 24);
    }

    private void diamond(Graphics2D g, java.util.function.DoubleUnaryOperator x, MetaResult meta, String label,
            float centre, float labelWidth, float width) {
        g.setColor(PdfReport.MUTED);
        g.setStroke(new BasicStroke(0.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 2}, 0));
        g.draw(new Line2D.Double(x.applyAsDouble(meta.pi().lower()), centre, x.applyAsDouble(meta.pi().upper()), centre));
        Path2D.Double diamond = new Path2D.Double();
        diamond.moveTo(x.applyAsDouble(meta.ci().lower()), centre);
        diamond.lineTo(x.applyAsDouble(meta.estimate()), centre - 5);
        diamond.lineTo(x.applyAsDouble(meta.ci().upper()), centre);
        diamond.lineTo(x.applyAsDouble(meta.estimate()), centre + 5);
        diamond.closePath();
        g.setColor(new Color(0xC0, 0x5A, 0x1A));
        g.fill(diamond);
        g.setColor(PdfReport.INK);
        g.setFont(ReportFonts.awt(true, 7.5f));
        g.drawString(Shortened.toWidth(label, labelWidth, g.getFontMetrics()::stringWidth), 0, centre + 3);
        String numbers = text.number(meta.estimate(), 2) + " (" + text.interval(meta.ci().lower(), meta.ci().upper(), 2) + ")";
        g.drawString(numbers, width - g.getFontMetrics().stringWidth(numbers), centre + 3);
        g.setFont(ReportFonts.awt(false, 7.5f));
    }

    private static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 0.1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
    }
}
