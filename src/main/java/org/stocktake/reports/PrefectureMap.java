package org.stocktake.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A choropleth of Hunan's prefectures drawn on the server from the shipped boundaries
 * (Apache ECharts 4.9.0, Apache-2.0). Regions without a value are grey and say so in the legend.
 */
final class PrefectureMap {

    private static final int SIZE = 640;
    private static final Color NO_DATA = new Color(0xe5, 0xe7, 0xeb);
    private static final JsonNode FEATURES = load();

    private PrefectureMap() {}

    /** Values by region code, coloured from light (lowest) to dark (highest). */
    static ReportDocument.Image draw(
            String caption, String unit, Map<String, Double> values, Map<String, String> names, String noData) {
        BufferedImage image = new BufferedImage(SIZE + 200, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        double min =
                values.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max =
                values.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        Projection p = new Projection(108.7, 114.3, 24.6, 30.2, SIZE);
        for (JsonNode feature : FEATURES) {
            String code = feature.get("properties").get("adcode").asString();
            Double v = values.get(code);
            for (Polygon polygon : polygons(feature.get("geometry"), p)) {
                g.setColor(v == null ? NO_DATA : shade(v, min, max));
                g.fillPolygon(polygon);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(1.2f));
                g.drawPolygon(polygon);
            }
        }
        labels(g, p, names);
        legend(g, unit, min, max, noData);
        g.dispose();
        return png(caption, image);
    }

    private static void labels(Graphics2D g, Projection p, Map<String, String> names) {
        g.setFont(new Font(Charts.family(), Font.PLAIN, 13));
        g.setColor(Charts.INK);
        for (JsonNode feature : FEATURES) {
            JsonNode cp = feature.get("properties").get("cp");
            String name = names.getOrDefault(
                    feature.get("properties").get("adcode").asString(),
                    feature.get("properties").get("name").asString());
            int width = g.getFontMetrics().stringWidth(name);
            g.drawString(
                    name, p.x(cp.get(0).asDouble()) - width / 2, p.y(cp.get(1).asDouble()));
        }
    }

    private static void legend(Graphics2D g, String unit, double min, double max, String noData) {
        int x = SIZE + 30;
        g.setFont(new Font(Charts.family(), Font.PLAIN, 13));
        g.setColor(Charts.INK);
        g.drawString(unit, x, 60);
        for (int i = 0; i <= 4; i++) {
            double v = max - (max - min) * i / 4;
            g.setColor(shade(v, min, max));
            g.fillRect(x, 75 + i * 30, 24, 24);
            g.setColor(Charts.INK);
            g.drawString(Charts.format(v), x + 32, 92 + i * 30);
        }
        g.setColor(NO_DATA);
        g.fillRect(x, 240, 24, 24);
        g.setColor(Charts.INK);
        g.drawString(noData, x + 32, 257);
    }

    private static Color shade(double v, double min, double max) {
        double t = max == min ? 1 : (v - min) / (max - min);
        return new Color(
                (int) (0xe0 + (0x1f - 0xe0) * t), (int) (0xec + (0x4e - 0xec) * t), (int) (0xf4 + (0x99 - 0xf4) * t));
    }

    private static List<Polygon> polygons(JsonNode geometry, Projection p) {
        List<Polygon> result = new ArrayList<>();
        boolean multi = "MultiPolygon".equals(geometry.get("type").asString());
        for (JsonNode shape : geometry.get("coordinates")) {
            JsonNode ring = multi ? shape.get(0) : shape;
            Polygon polygon = new Polygon();
            for (JsonNode point : ring) {
                polygon.addPoint(p.x(point.get(0).asDouble()), p.y(point.get(1).asDouble()));
            }
            result.add(polygon);
        }
        return result;
    }

    private static ReportDocument.Image png(String caption, BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return new ReportDocument.Image(caption, out.toByteArray(), image.getWidth(), image.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode load() {
        try (InputStream in = PrefectureMap.class.getResourceAsStream("/hunan/hunan-prefectures.decoded.geo.json")) {
            return JsonMapper.builder().build().readTree(in).get("features");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Equirectangular projection scaled by the cosine of the middle latitude. */
    private record Projection(double lon0, double lon1, double lat0, double lat1, int size) {

        int x(double lon) {
            double aspect = Math.cos(Math.toRadians((lat0 + lat1) / 2));
            return (int) Math.round(20 + (lon - lon0) / (lon1 - lon0) * (size - 40) * aspect / aspectRatio());
        }

        int y(double lat) {
            return (int) Math.round(20 + (lat1 - lat) / (lat1 - lat0) * (size - 40));
        }

        private double aspectRatio() {
            return (lat1 - lat0) / (lon1 - lon0);
        }
    }
}
