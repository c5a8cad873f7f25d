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

/**
 * A forest plot drawn with Java 2D: one row per project (square sized by its weight, line for its
 * 95% interval), the pooled estimate as a diamond, and its prediction interval as a dashed line.
 */
final class ForestPlot {

    static final float ROW = 16;
    private static final float TOP = 8;
    private static final float BOTTOM = 64;

    private final List<PortfolioData.Row> rows;
    private final MetaResult meta;
    private final ReportText text;
    private final java.util.function.Function<String, String> designLabel;

    ForestPlot(List<PortfolioData.Row> rows, MetaResult meta, ReportText text,
            java.util.function.Function<String, String> designLabel) {
        this.rows = rows.stream().filter(r -> r.effect() != null).toList();
        this.meta = meta;
        this.text = text;
        this.designLabel = designLabel;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    float height() {
        return TOP + ROW * (rows.size() + 1.5f) + BOTTOM;
    }

    void draw(Graphics2D g, float width) {
        float labelWidth = width * 0.36f;
        float numbersWidth = width * 0.22f;
        float plotLeft = labelWidth + 6;
        float plotRight = width - numbersWidth - 6;
        double min = Math.min(0, meta == null ? 0 : meta.pi().lower());
        double max = Math.max(0, meta == null ? 0 : meta.pi().upper());
        for (PortfolioData.Row row : rows) {
            min = Math.min(min, row.effect().low());
            max = Math.max(max, row.effect().high());
        }
        double step = niceStep((max - min) / 5);
        min = Math.floor(min / step) * step;
        max = Math.ceil(max / step) * step;
        final double lo = min;
        final double span = max - min;
        java.util.function.DoubleUnaryOperator x = v -> plotLeft + (v - lo) / span * (plotRight - plotLeft);

        double totalWeight = rows.stream().mapToDouble(r -> 1 / r.effect().variance()).sum();
        g.setFont(ReportFonts.awt(false, 7.5f));
        FontMetrics metrics = g.getFontMetrics();
        float y = TOP;
        for (PortfolioData.Row row : rows) {
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
        if (meta != null && meta.estimate() != null) {
            y += ROW / 2;
            float centre = y + ROW / 2;
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
            String pooled = text.get("portfolio.pooledLabel");
            g.drawString(Shortened.toWidth(pooled, labelWidth, g.getFontMetrics()::stringWidth), 0, centre + 3);
            String numbers = text.number(meta.estimate(), 2) + " (" + text.interval(meta.ci().lower(), meta.ci().upper(), 2) + ")";
            g.drawString(numbers, width - g.getFontMetrics().stringWidth(numbers), centre + 3);
            g.setFont(ReportFonts.awt(false, 7.5f));
            y += ROW;
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

    private static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 0.1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
    }
}
