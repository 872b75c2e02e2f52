package org.stocktake.plan.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A document's text, one paragraph or table cell per line: plain text (UTF-8, else GB18030), DOCX
 * (paragraphs and table cells in order) and PDF with a text layer (lines of one paragraph joined,
 * so that a word or a bracket split by a line or page break is whole again).
 */
public final class PolicyDocuments {

    /** A document that cannot be read: {@code reason} is a message key, {@code args} its arguments. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final String reason;
        private final transient Object[] args;

        Unreadable(String reason, Object... args) {
            super(reason);
            this.reason = reason;
            this.args = args.clone();
        }

        public String reason() {
            return reason;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    /** A line that ends a paragraph in a PDF: a full stop, a colon, a closing bracket or a heading. */
    private static final Pattern PARAGRAPH_END = Pattern.compile("[。：；！？）)」”]\\s*$");

    private PolicyDocuments() {}

    public static String text(String fileName, byte[] bytes) throws Unreadable {
        String name = fileName.toLowerCase(Locale.ROOT);
        String text;
        if (name.endsWith(".docx")) {
            text = docx(bytes);
        } else if (name.endsWith(".pdf")) {
            text = pdf(bytes);
        } else {
            text = plain(bytes);
        }
        if (text.isBlank()) {
            throw new Unreadable("reading.empty");
        }
        return text;
    }

    static String plain(byte[] bytes) throws Unreadable {
        int skip =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                        ? 3
                        : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return strict(StandardCharsets.UTF_8).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(Charset.forName("GB18030"))
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException neither) {
                throw new Unreadable("reading.encoding");
            }
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static String docx(byte[] bytes) throws Unreadable {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.append(p.getText().strip()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            out.append(cell.getText().strip()).append('\n');
                        }
                    }
                }
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("reading.docx");
        }
    }

    static String pdf(byte[] bytes) throws Unreadable {
        String raw;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setPageEnd("\n");
            raw = stripper.getText(doc);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("reading.pdf");
        }
        if (raw.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new Unreadable("reading.pdf-no-text");
        }
        return joinLines(raw);
    }

    /** Joins the lines of a laid-out text into paragraphs: a line runs on unless it ends a paragraph. */
    static String joinLines(String raw) {
        StringBuilder out = new StringBuilder();
        String[] lines = raw.replace("\r", "").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            out.append(line);
            boolean last = i == lines.length - 1;
            String next = last ? "" : nextNonEmpty(lines, i + 1);
            if (last
                    || PARAGRAPH_END.matcher(line).find()
                    || Sections.numbered(Source.of(next).text())
                    || (Sections.numbered(Source.of(line).text()) && !line.contains("。"))) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String nextNonEmpty(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return "";
    }
}
