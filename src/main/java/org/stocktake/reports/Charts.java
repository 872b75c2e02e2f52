package org.stocktake.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts drawn on the server with JFreeChart for PDF and DOCX reports, styled like the pages'
 * ECharts charts (indicator-chart.js, regions-map.js): observed values in blue, the plan's path
 * dashed and the target in red, light horizontal grid lines, no frames or shadows, a CJK-capable
 * font. Drawn at twice the size for sharp print.
 */
final class Charts {

    static final int WIDTH = 900;
    static final int HEIGHT = 420;
    /** The pages' observed-value blue and target red, ECharts' axis grey and split-line grey. */
    static final Color ACCENT = new Color(0x3b, 0x6f, 0xb6);

    static final Color TARGET = new Color(0xb3, 0x26, 0x1e);
    static final Color INK = new Color(0x33, 0x33, 0x33);
    static final Color AXIS = new Color(0x6e, 0x70, 0x79);
    static final Color GRID = new Color(0xe0, 0xe6, 0xf1);
    private static final String FAMILY = cjkFamily();

    private Charts() {}

    /** A point of a series. */
    record Point(double year, double value) {}

    /** The names of a trajectory's series in the legend, in the report's language. */
    record Legend(String observed, String path, String target) {}

    /** Observed values, the straight path from baseline to target (dashed), and the target marker. */
    static ReportDocument.Image trajectory(
            String caption, String unit, Legend legend, List<Point> observed, Point baseline, Point target) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries values = new XYSeries(legend.observed());
        observed.forEach(p -> values.add(p.year(), p.value()));
        data.addSeries(values);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        boolean path = baseline != null && target != null;
        if (path) {
            XYSeries line = new XYSeries(legend.path());
            line.add(baseline.year(), baseline.value());
            line.add(target.year(), target.value());
            data.addSeries(line);
        }
        if (target != null) {
            XYSeries goal = new XYSeries(legend.target());
            goal.add(target.year(), target.value());
            data.addSeries(goal);
        }
        NumberAxis years = new NumberAxis();
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new DecimalFormat("0"));
        years.setAutoRangeIncludesZero(false);
        NumberAxis axis = new NumberAxis(unit);
        axis.setAutoRangeIncludesZero(false);
        axis.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
        XYPlot plot = new XYPlot(data, years, axis, renderer);
        plot.setDomainGridlinesVisible(false);
        padRange(years, 0.5);
        JFreeChart chart = new JFreeChart(null, font(Font.PLAIN, 15), plot, true);
        look(chart); // the theme clears series paints: the series are styled after it
        style(renderer, 0, ACCENT, new BasicStroke(3f), new Ellipse2D.Double(-4, -4, 8, 8), true);
        if (path) {
            style(renderer, 1, TARGET, dashed(), null, true);
        }
        if (target != null) {
            style(renderer, path ? 2 : 1, TARGET, new BasicStroke(2f), diamond(), false);
        }
        return png(chart, caption, WIDTH, HEIGHT);
    }

    /** Horizontal bars, in the order given from the top, with each value written at its bar's end. */
    static ReportDocument.Image bars(String caption, String unit, List<String> labels, List<Double> values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            data.addValue(values.get(i), unit, labels.get(i));
        }
        BarRenderer renderer = new BarRenderer();
        CategoryAxis names = new CategoryAxis();
        names.setCategoryMargin(0.25);
        NumberAxis axis = new NumberAxis(unit);
        axis.setUpperMargin(0.15);
        axis.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
        CategoryPlot plot = new CategoryPlot(data, names, axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(null, font(Font.PLAIN, 15), plot, false);
        look(chart); // the theme clears series paints: the bars are styled after it
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, ACCENT);
        renderer.setMaximumBarWidth(0.7);
        renderer.setItemMargin(0);
        renderer.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getNumberInstance(Locale.ROOT)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font(Font.PLAIN, 13));
        renderer.setDefaultItemLabelPaint(INK);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        return png(chart, caption, WIDTH, 70 + Math.max(1, labels.size()) * 30);
    }

    private static void style(
            XYLineAndShapeRenderer renderer,
            int series,
            Color colour,
            BasicStroke stroke,
            java.awt.Shape shape,
            boolean line) {
        renderer.setSeriesPaint(series, colour);
        renderer.setSeriesStroke(series, stroke);
        renderer.setSeriesLinesVisible(series, line);
        renderer.setSeriesShapesVisible(series, shape != null);
        if (shape != null) {
            renderer.setSeriesShape(series, shape);
        }
    }

    private static BasicStroke dashed() {
        return new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f);
    }

    private static java.awt.Shape diamond() {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -8);
        d.lineTo(8, 0);
        d.lineTo(0, 8);
        d.lineTo(-8, 0);
        d.closePath();
        return d;
    }

    private static void padRange(ValueAxis axis, double margin) {
        axis.setRange(axis.getLowerBound() - margin, axis.getUpperBound() + margin);
    }

    /** The pages' look on any chart: white, no frame, light horizontal grid, grey axes, CJK-capable fonts. */
    static void look(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("stocktake");
        theme.setExtraLargeFont(font(Font.BOLD, 18));
        theme.setLargeFont(font(Font.PLAIN, 15));
        theme.setRegularFont(font(Font.PLAIN, 14));
        theme.setSmallFont(font(Font.PLAIN, 13));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setLegendItemPaint(INK);
        theme.setTitlePaint(INK);
        theme.setAxisLabelPaint(AXIS);
        theme.setTickLabelPaint(AXIS);
        theme.setRangeGridlinePaint(GRID);
        theme.setDomainGridlinePaint(GRID);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.apply(chart);
        Plot plot = chart.getPlot();
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            xy.setRangeGridlineStroke(new BasicStroke(1f));
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlineStroke(new BasicStroke(1f));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.TOP);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        chart.setPadding(new RectangleInsets(10, 10, 10, 24));
    }

    /** The chart as a PNG at twice its size; width and height are the chart's own. */
    static ReportDocument.Image png(JFreeChart chart, String caption, int width, int height) {
        BufferedImage image = chart.createBufferedImage(width * 2, height * 2, width, height, null);
        try {
            return new ReportDocument.Image(caption, ChartUtils.encodeAsPNG(image), width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Font font(int style, int size) {
        return new Font(FAMILY, style, size);
    }

    private static String cjkFamily() {
        System.setProperty("java.awt.headless", "true");
        List<String> families =
                Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        return List.of("Noto Sans CJK SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei").stream()
                .filter(families::contains)
                .findFirst()
                .orElse(Font.SANS_SERIF);
    }
}
