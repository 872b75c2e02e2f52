package org.stocktake.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeriesCollection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A choropleth of Hunan's prefectures, drawn with JFreeChart from the shipped boundaries (Apache
 * ECharts 4.9.0, Apache-2.0) as the pages' map is: light to dark blue from the lowest to the highest
 * value (regions-map.js), prefectures without a value grey and named so in the legend.
 */
final class PrefectureMap {

    private static final Color LOW = new Color(0xe0, 0xec, 0xf4);
    private static final Color NO_DATA = new Color(0xe5, 0xe7, 0xeb);
    private static final int HEIGHT = 640;
    private static final JsonNode FEATURES = load();

    private PrefectureMap() {}

    /** Values by region code, names by region code (labels), and the legend's word for no value. */
    static ReportDocument.Image draw(
            String caption, String unit, Map<String, Double> values, Map<String, String> names, String noData) {
        Bounds bounds = bounds();
        double min =
                values.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max =
                values.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        Shade shade = new Shade(min, max > min ? max : min + 1);
        XYPlot plot = new XYPlot(
                new XYSeriesCollection(),
                axis(bounds.x0(), bounds.x1()),
                axis(bounds.y0(), bounds.y1()),
                new XYLineAndShapeRenderer());
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (JsonNode feature : FEATURES) {
            String code = feature.get("properties").get("adcode").asString();
            Double v = values.get(code);
            plot.addAnnotation(new XYShapeAnnotation(
                    outline(feature.get("geometry")),
                    new BasicStroke(1.2f),
                    Color.WHITE,
                    v == null ? NO_DATA : shade.getPaint(v)));
        }
        for (JsonNode feature : FEATURES) {
            JsonNode cp = feature.get("properties").get("cp");
            String name = names.getOrDefault(
                    feature.get("properties").get("adcode").asString(),
                    feature.get("properties").get("name").asString());
            XYTextAnnotation label = new XYTextAnnotation(
                    name, x(cp.get(0).asDouble()), cp.get(1).asDouble());
            label.setFont(Charts.font(Font.PLAIN, 13));
            label.setPaint(Charts.INK);
            plot.addAnnotation(label);
        }
        JFreeChart chart = new JFreeChart(null, Charts.font(Font.PLAIN, 13), plot, false);
        NumberAxis scale = new NumberAxis(unit);
        scale.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
        PaintScaleLegend legend = new PaintScaleLegend(shade, scale);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(16);
        legend.setAxisOffset(4);
        legend.setMargin(new RectangleInsets(120, 16, 120, 8));
        chart.addSubtitle(legend);
        LegendItemCollection none = new LegendItemCollection();
        none.add(new LegendItem(noData, null, null, null, new Rectangle2D.Double(-7, -7, 14, 14), NO_DATA));
        LegendTitle missing = new LegendTitle(() -> none);
        missing.setPosition(RectangleEdge.BOTTOM);
        missing.setFrame(BlockBorder.NONE);
        chart.addSubtitle(missing);
        Charts.look(chart);
        scale.setLabelFont(Charts.font(Font.PLAIN, 13));
        scale.setTickLabelFont(Charts.font(Font.PLAIN, 12));
        missing.setItemFont(Charts.font(Font.PLAIN, 13));
        int width = (int) Math.round(HEIGHT * (bounds.x1() - bounds.x0()) / (bounds.y1() - bounds.y0())) + 170;
        return Charts.png(chart, caption, width, HEIGHT);
    }

    /** Light to dark blue, as the pages' visualMap. */
    private record Shade(double getLowerBound, double getUpperBound) implements PaintScale {

        @Override
        public Paint getPaint(double value) {
            double t = Math.max(0, Math.min(1, (value - getLowerBound) / (getUpperBound - getLowerBound)));
            Color high = Charts.ACCENT;
            return new Color(
                    (int) Math.round(LOW.getRed() + (high.getRed() - LOW.getRed()) * t),
                    (int) Math.round(LOW.getGreen() + (high.getGreen() - LOW.getGreen()) * t),
                    (int) Math.round(LOW.getBlue() + (high.getBlue() - LOW.getBlue()) * t));
        }
    }

    private static NumberAxis axis(double from, double to) {
        NumberAxis axis = new NumberAxis();
        axis.setRange(from, to);
        axis.setVisible(false);
        return axis;
    }

    /** Longitude scaled by the cosine of Hunan's middle latitude, so the map keeps its shape. */
    private static double x(double longitude) {
        return longitude * Math.cos(Math.toRadians(27.4));
    }

    private static Path2D outline(JsonNode geometry) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        boolean multi = "MultiPolygon".equals(geometry.get("type").asString());
        for (JsonNode shape : geometry.get("coordinates")) {
            for (JsonNode ring : multi ? shape : java.util.List.of(shape)) {
                boolean first = true;
                for (JsonNode point : ring) {
                    double px = x(point.get(0).asDouble());
                    double py = point.get(1).asDouble();
                    if (first) {
                        path.moveTo(px, py);
                        first = false;
                    } else {
                        path.lineTo(px, py);
                    }
                }
                path.closePath();
            }
        }
        return path;
    }

    private record Bounds(double x0, double x1, double y0, double y1) {}

    private static Bounds bounds() {
        Rectangle2D all = null;
        for (JsonNode feature : FEATURES) {
            Rectangle2D box = outline(feature.get("geometry")).getBounds2D();
            all = all == null ? box : all.createUnion(box);
        }
        double pad = 0.05;
        return new Bounds(all.getMinX() - pad, all.getMaxX() + pad, all.getMinY() - pad, all.getMaxY() + pad);
    }

    private static JsonNode load() {
        try (InputStream in = PrefectureMap.class.getResourceAsStream("/hunan/hunan-prefectures.decoded.geo.json")) {
            return JsonMapper.builder().build().readTree(in).get("features");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
