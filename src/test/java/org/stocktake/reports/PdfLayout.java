package org.stocktake.reports;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/** Where headings and images sit on the pages of a PDF, read back with PDFBox. */
final class PdfLayout {

    private PdfLayout() {}

    /** Something on a page: its page, its distance from the top of the page, and a heading's text (null for an image). */
    private record Mark(int page, double top, String heading) {}

    /** For each image in reading order, the last of the given headings printed above it. */
    static List<String> headingAbove(PDDocument pdf, List<String> headings) throws IOException {
        List<Mark> marks = new ArrayList<>(headingMarks(pdf, headings));
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            marks.addAll(imageMarks(pdf.getPage(i), i + 1));
        }
        marks.sort(Comparator.comparingInt(Mark::page).thenComparingDouble(Mark::top));
        List<String> above = new ArrayList<>();
        String last = null;
        for (Mark m : marks) {
            if (m.heading() != null) {
                last = m.heading();
            } else {
                above.add(last);
            }
        }
        return above;
    }

    private static List<Mark> headingMarks(PDDocument pdf, List<String> headings) throws IOException {
        List<Mark> marks = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                String line = text.replaceAll("\\s+", "");
                for (String heading : headings) {
                    String start = heading.replaceAll("\\s+", "");
                    start = start.substring(0, Math.min(12, start.length()));
                    if (!positions.isEmpty() && line.startsWith(start)) {
                        marks.add(new Mark(getCurrentPageNo(), positions.get(0).getYDirAdj(), heading));
                    }
                }
                super.writeString(text, positions);
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(pdf);
        return marks;
    }

    private static List<Mark> imageMarks(PDPage page, int number) throws IOException {
        List<Mark> marks = new ArrayList<>();
        float height = page.getMediaBox().getHeight();
        PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {
            @Override
            public void drawImage(PDImage image) {
                Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                marks.add(new Mark(number, height - (m.getTranslateY() + m.getScalingFactorY()), null));
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

            @Override
            public void clip(int windingRule) {}

            @Override
            public void moveTo(float x, float y) {}

            @Override
            public void lineTo(float x, float y) {}

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

            @Override
            public Point2D getCurrentPoint() {
                return new Point2D.Float();
            }

            @Override
            public void closePath() {}

            @Override
            public void endPath() {}

            @Override
            public void strokePath() {}

            @Override
            public void fillPath(int windingRule) {}

            @Override
            public void fillAndStrokePath(int windingRule) {}

            @Override
            public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}
        };
        engine.processPage(page);
        return marks;
    }
}
