package org.stocktake.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/** Charts drawn on the server as PNG for PDF and DOCX reports: trajectories and ranking bars. */
final class Charts {

    static final int WIDTH = 900;
    static final int HEIGHT = 420;
    static final Color INK = new Color(0x1d, 0x27, 0x33);
    static final Color ACCENT = new Color(0x3b, 0x6f, 0xb6);
    static final Color TARGET = new Color(0xb3, 0x26, 0x1e);
    private static final String FAMILY = cjkFamily();

    private Charts() {}

    /** A point of a series. */
    record Point(double year, double value) {}

    /** Observed values, the straight path from baseline to target, and the target marker. */
    static ReportDocument.Image trajectory(
            String caption, String unit, List<Point> observed, Point baseline, Point target) {
        BufferedImage image = canvas();
        Graphics2D g = graphics(image);
        double[] xs = range(
                observed.stream().mapToDouble(Point::year),
                baseline == null ? null : baseline.year(),
                target == null ? null : target.year());
        double[] ys = range(
                observed.stream().mapToDouble(Point::value),
                baseline == null ? null : baseline.value(),
                target == null ? null : target.value());
        Frame f = new Frame(70, 40, WIDTH - 40, HEIGHT - 50, xs[0] - 0.5, xs[1] + 0.5, pad(ys)[0], pad(ys)[1]);
        f.axes(g, unit);
        if (baseline != null && target != null) {
            g.setColor(Color.GRAY);
            g.setStroke(
                    new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f));
            g.drawLine(f.x(baseline.year()), f.y(baseline.value()), f.x(target.year()), f.y(target.value()));
        }
        g.setStroke(new BasicStroke(3f));
        g.setColor(ACCENT);
        for (int i = 1; i < observed.size(); i++) {
            g.drawLine(
                    f.x(observed.get(i - 1).year()),
                    f.y(observed.get(i - 1).value()),
                    f.x(observed.get(i).year()),
                    f.y(observed.get(i).value()));
        }
        observed.forEach(p -> g.fillOval(f.x(p.year()) - 5, f.y(p.value()) - 5, 10, 10));
        if (target != null) {
            g.setColor(TARGET);
            int x = f.x(target.year());
            int y = f.y(target.value());
            g.fillPolygon(new int[] {x, x + 8, x, x - 8}, new int[] {y - 8, y, y + 8, y}, 4);
            g.drawString(format(target.value()), x - 40, y - 12);
        }
        return finish(image, g, caption);
    }

    /** Horizontal bars, longest first, with each value written beside its bar. */
    static ReportDocument.Image bars(String caption, String unit, List<String> labels, List<Double> values) {
        int rows = Math.max(1, labels.size());
        BufferedImage image = new BufferedImage(WIDTH, 40 + rows * 26, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        for (int i = 0; i < labels.size(); i++) {
            int y = 20 + i * 26;
            g.setColor(INK);
            g.drawString(labels.get(i), 10, y + 16);
            int length = (int) Math.round((WIDTH - 320) * values.get(i) / (max == 0 ? 1 : max));
            g.setColor(ACCENT);
            g.fillRect(200, y + 3, Math.max(1, length), 18);
            g.setColor(INK);
            g.drawString(format(values.get(i)) + " " + unit, 208 + length, y + 16);
        }
        return finish(image, g, caption);
    }

    static String format(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : String.format("%.2f", v);
    }

    private static BufferedImage canvas() {
        return new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setFont(new Font(FAMILY, Font.PLAIN, 15));
        return g;
    }

    private static ReportDocument.Image finish(BufferedImage image, Graphics2D g, String caption) {
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return new ReportDocument.Image(caption, out.toByteArray(), image.getWidth(), image.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] range(java.util.stream.DoubleStream values, Double... extra) {
        double[] all = java.util.stream.DoubleStream.concat(
                        values,
                        Arrays.stream(extra).filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue))
                .toArray();
        return new double[] {
            Arrays.stream(all).min().orElse(0), Arrays.stream(all).max().orElse(1)
        };
    }

    private static double[] pad(double[] r) {
        double span = r[1] - r[0] == 0 ? Math.max(1, Math.abs(r[0]) * 0.1) : r[1] - r[0];
        return new double[] {r[0] - span * 0.15, r[1] + span * 0.15};
    }

    static String family() {
        return FAMILY;
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

    /** Maps data coordinates to pixels inside the plot area. */
    private record Frame(int left, int top, int right, int bottom, double x0, double x1, double y0, double y1) {

        int x(double v) {
            return (int) Math.round(left + (v - x0) / (x1 - x0) * (right - left));
        }

        int y(double v) {
            return (int) Math.round(bottom - (v - y0) / (y1 - y0) * (bottom - top));
        }

        void axes(Graphics2D g, String unit) {
            g.setColor(new Color(0xd8, 0xde, 0xe6));
            for (int i = 0; i <= 4; i++) {
                double v = y0 + (y1 - y0) * i / 4;
                g.drawLine(left, y(v), right, y(v));
                g.setColor(INK);
                g.drawString(format(v), 8, y(v) + 5);
                g.setColor(new Color(0xd8, 0xde, 0xe6));
            }
            g.setColor(INK);
            g.drawLine(left, bottom, right, bottom);
            for (int year = (int) Math.ceil(x0); year <= x1; year++) {
                g.drawString(Integer.toString(year), x(year) - 16, bottom + 20);
            }
            g.drawString(unit, 8, top - 14);
        }
    }
}
