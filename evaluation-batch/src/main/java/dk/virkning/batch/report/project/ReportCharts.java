package dk.virkning.batch.report.project;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import dk.virkning.batch.report.InstrumentView;
import dk.virkning.batch.report.pdf.PdfReport;
import dk.virkning.batch.report.pdf.ReportFonts;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.stats.contract.WaveChangeStatistics;
import dk.virkning.stats.contract.WavesStatistics;
import dk.virkning.stats.contract.WithinGroupStatistics;
import dk.virkning.stats.economy.SensitivityRow;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The report's JFreeChart charts, drawn later as vectors into the PDF ({@link PdfReport#chart}).
 * All text uses the embedded report font; axis numbers are formatted in the report's language.
 */
final class ReportCharts {

    /** Up to this many pairs, each participant's change is drawn as a line (staff reports only). */
    static final int MAX_INDIVIDUAL_LINES = 30;

    private static final Color LINE = new Color(0x9A, 0xA5, 0xB1);
    private static final Color HIGHLIGHT = new Color(0xC0, 0x5A, 0x1A);

    private ReportCharts() {
    }

    /**
     * Before and after: each participant's line when there are few pairs, box plots when there are
     * many, and for a funder only the means with ± 1 SD (no individual values).
     */
    static JFreeChart beforeAfter(InstrumentView instrument, List<ProjectReportData.ScorePair> pairs, WithinGroupStatistics within,
            ReportText text, String beforeLabel, String afterLabel) {
        String axisLabel = text.get("chart.score", instrument.shortName());
        JFreeChart chart;
        if (pairs.isEmpty()) {
            DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
            dataset.add(within.paired().meanPre(), within.paired().sdPre(), text.get("chart.meanSd"), beforeLabel);
            dataset.add(within.paired().meanPost(), within.paired().sdPost(), text.get("chart.meanSd"), afterLabel);
            StatisticalLineAndShapeRenderer renderer = new StatisticalLineAndShapeRenderer(true, true);
            CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(), scoreAxis(instrument, axisLabel, text), renderer);
            chart = themed(new JFreeChart(null, ReportFonts.awt(true, 9f), plot, true));
            renderer.setSeriesPaint(0, PdfReport.ACCENT);
            renderer.setSeriesStroke(0, new BasicStroke(2f));
            renderer.setErrorIndicatorPaint(PdfReport.ACCENT);
        } else if (pairs.size() <= MAX_INDIVIDUAL_LINES) {
            XYSeriesCollection dataset = new XYSeriesCollection();
            XYSeries mean = new XYSeries(text.get("chart.mean"));
            mean.add(0, within.paired().meanPre());
            mean.add(1, within.paired().meanPost());
            dataset.addSeries(mean);
            for (int i = 0; i < pairs.size(); i++) {
                XYSeries series = new XYSeries("p" + i);
                series.add(0, pairs.get(i).pre());
                series.add(1, pairs.get(i).post());
                dataset.addSeries(series);
            }
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
            SymbolAxis axis = new SymbolAxis(null, new String[] {beforeLabel, afterLabel});
            XYPlot plot = new XYPlot(dataset, axis, scoreAxis(instrument, axisLabel, text), renderer);
            chart = themed(new JFreeChart(null, ReportFonts.awt(true, 9f), plot, true));
            axis.setRange(-0.35, 1.35);
            axis.setGridBandsVisible(false);
            renderer.setSeriesPaint(0, HIGHLIGHT);
            renderer.setSeriesStroke(0, new BasicStroke(2.5f));
            for (int i = 1; i < dataset.getSeriesCount(); i++) {
                renderer.setSeriesPaint(i, LINE);
                renderer.setSeriesStroke(i, new BasicStroke(0.6f));
                renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-1.5, -1.5, 3, 3));
                renderer.setSeriesVisibleInLegend(i, false);
            }
            plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.REVERSE);
        } else {
            DefaultBoxAndWhiskerCategoryDataset dataset = new DefaultBoxAndWhiskerCategoryDataset();
            List<Double> pre = new ArrayList<>();
            List<Double> post = new ArrayList<>();
            pairs.forEach(p -> {
                pre.add(p.pre());
                post.add(p.post());
            });
            String series = text.get("chart.distribution");
            dataset.add(pre, series, beforeLabel);
            dataset.add(post, series, afterLabel);
            BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
            CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(), scoreAxis(instrument, axisLabel, text), renderer);
            chart = themed(new JFreeChart(null, ReportFonts.awt(true, 9f), plot, false));
            renderer.setSeriesPaint(0, new Color(0xB7, 0xCD, 0xE3));
            renderer.setSeriesOutlinePaint(0, PdfReport.ACCENT);
            renderer.setDefaultOutlinePaint(PdfReport.ACCENT);
            renderer.setMeanVisible(false);
            renderer.setMaximumBarWidth(0.16);
            renderer.setUseOutlinePaintForWhiskers(true);
            renderer.setArtifactPaint(PdfReport.ACCENT);
        }
        return chart;
    }

    /** The tornado: the social value with each parameter at its low and its high end, the others central. */
    static JFreeChart tornado(List<SensitivityRow> swings, double central, ReportText text,
            java.util.function.Function<String, String> parameterLabel) {
        int rows = swings.size();
        Number[][] starts = new Number[1][rows];
        Number[][] ends = new Number[1][rows];
        Comparable<?>[] categories = new Comparable<?>[rows];
        for (int i = 0; i < rows; i++) {
            SensitivityRow swing = swings.get(i);
            starts[0][i] = Math.min(swing.socialValueAtLow(), swing.socialValueAtHigh());
            ends[0][i] = Math.max(swing.socialValueAtLow(), swing.socialValueAtHigh());
            String label = parameterLabel.apply(swing.input());
            categories[i] = (i + 1) + ". " + label + (swing.assumption() ? " *" : "");
        }
        DefaultIntervalCategoryDataset dataset = new DefaultIntervalCategoryDataset(
                new Comparable<?>[] {text.get("chart.tornadoSeries")}, categories, starts, ends);
        NumberAxis axis = new NumberAxis(text.get("chart.socialValue"));
        axis.setNumberFormatOverride(text.numberFormat(0));
        axis.setAutoRangeIncludesZero(false);
        IntervalBarRenderer renderer = new IntervalBarRenderer();
        CategoryAxis categoryAxis = new CategoryAxis();
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.45f);
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ValueMarker marker = new ValueMarker(central, PdfReport.INK, new BasicStroke(1f));
        plot.addRangeMarker(marker);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        JFreeChart chart = themed(new JFreeChart(null, ReportFonts.awt(true, 9f), plot, false));
        renderer.setSeriesPaint(0, new Color(0x6F, 0x9F, 0xCB));
        renderer.setMaximumBarWidth(0.6);
        return chart;
    }

    /**
     * The trajectory of the mixed model over all waves: the change from baseline at each wave with
     * its 95% interval, the baseline at 0 by definition. Waves are evenly spaced and named; a wave
     * whose change is withheld keeps its place on the axis without a point.
     */
    static JFreeChart trajectory(WavesStatistics waves, String baseline, ReportText text, String axisLabel,
            int decimals) {
        String[] names = new String[waves.changes().size() + 1];
        names[0] = baseline;
        YIntervalSeries series = new YIntervalSeries(text.get("trajectory.series"));
        series.add(0, 0, 0, 0);
        for (int i = 0; i < waves.changes().size(); i++) {
            WaveChangeStatistics w = waves.changes().get(i);
            names[i + 1] = w.wave();
            if (w.change() != null && w.ci() != null) {
                series.add(i + 1, w.change(), w.ci().lower(), w.ci().upper());
            }
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(series);
        SymbolAxis axis = new SymbolAxis(null, names);
        axis.setRange(-0.35, names.length - 0.65);
        axis.setGridBandsVisible(false);
        NumberAxis change = new NumberAxis(axisLabel);
        change.setAutoRangeIncludesZero(true);
        change.setNumberFormatOverride(text.numberFormat(decimals));
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        XYPlot plot = new XYPlot(dataset, axis, change, renderer);
        plot.addRangeMarker(new ValueMarker(0, PdfReport.MUTED, new BasicStroke(0.8f)));
        JFreeChart chart = themed(new JFreeChart(null, ReportFonts.awt(true, 9f), plot, false));
        renderer.setSeriesPaint(0, PdfReport.ACCENT);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setErrorPaint(PdfReport.ACCENT);
        renderer.setErrorStroke(new BasicStroke(1.2f));
        renderer.setCapLength(8);
        return chart;
    }

    private static NumberAxis scoreAxis(InstrumentView instrument, String label, ReportText text) {
        NumberAxis axis = new NumberAxis(label);
        double min = instrument.instrument().range().min();
        double max = instrument.instrument().range().max();
        double pad = (max - min) * 0.04;
        axis.setRange(min - pad, max + pad);
        axis.setNumberFormatOverride(text.numberFormat(0));
        return axis;
    }

    /** Applies the report's fonts and colours; series colours are set after this, or the theme would replace them. */
    private static JFreeChart themed(JFreeChart chart) {
        theme().apply(chart);
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Virkning");
        theme.setExtraLargeFont(ReportFonts.awt(true, 10f));
        theme.setLargeFont(ReportFonts.awt(true, 8.5f));
        theme.setRegularFont(ReportFonts.awt(false, 8f));
        theme.setSmallFont(ReportFonts.awt(false, 7f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(PdfReport.RULE);
        theme.setRangeGridlinePaint(PdfReport.RULE);
        theme.setAxisLabelPaint(PdfReport.INK);
        theme.setTickLabelPaint(PdfReport.INK);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        return theme;
    }
}
