package org.stocktake.reports;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stocktake.shared.Messages;

/**
 * The CJK font embedded in PDF reports. Looks in the configured place, then where Debian's
 * {@code fonts-noto-cjk} and {@code fonts-wqy-zenhei} put their files; without one, reports fail
 * with instructions rather than print empty boxes.
 */
final class CjkFont {

    static final String INSTALL_HINT = Messages.zh("reports.font.missing");

    private static final List<String> KNOWN = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0");

    /*
     * GB/T 9704 names 小标宋 for the title, 仿宋 for the body, and practice 黑体 and 楷体 for the first and
     * second heading levels. Those fonts are not free to ship; the machines and CI have Debian's
     * fonts-noto-cjk, so PDFs embed stand-ins from it: Noto Serif CJK Bold for 小标宋 and 楷体, Noto
     * Serif CJK Regular for 仿宋, Noto Sans CJK Bold for 黑体. (DOCX files name the real fonts.)
     */
    private static final List<String> SERIF_BOLD = List.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc,2");
    private static final List<String> SANS_BOLD = List.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc,2");
    private static final List<String> SERIF = List.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2");

    private CjkFont() {}

    /**
     * The faces of an official document: body (仿宋), title (小标宋), first-level headings (黑体),
     * second-level headings (楷体). A configured font is used for every face; each missing face
     * falls back to the body font.
     */
    record Faces(BaseFont body, BaseFont title, BaseFont heading, BaseFont subheading) {}

    static Faces faces(String configured) {
        if (configured != null && !configured.isBlank()) {
            BaseFont one = locate(configured);
            return new Faces(one, one, one, one);
        }
        BaseFont body = optional(SERIF).orElseGet(() -> locate(null));
        BaseFont serifBold = optional(SERIF_BOLD).orElse(body);
        return new Faces(body, serifBold, optional(SANS_BOLD).orElse(serifBold), serifBold);
    }

    private static java.util.Optional<BaseFont> optional(List<String> candidates) {
        try {
            return java.util.Optional.of(first(candidates));
        } catch (MissingFontException none) {
            return java.util.Optional.empty();
        }
    }

    /** The first usable font among the configured one (may be null) and the known places. */
    static BaseFont locate(String configured) {
        List<String> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured.endsWith(".ttc") ? configured + ",0" : configured);
        }
        candidates.addAll(KNOWN);
        return first(candidates);
    }

    static BaseFont first(List<String> candidates) {
        for (String candidate : candidates) {
            String file = candidate.replaceFirst(",\\d+$", "");
            if (Files.isReadable(Path.of(file))) {
                try {
                    // createFont caches the parsed font, so each document pays only for its subset
                    return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (Exception unusable) {
                    // try the next one
                }
            }
        }
        throw new MissingFontException(INSTALL_HINT);
    }

    /** Fails, naming the characters, when the font lacks a glyph for any of them. */
    static void requireGlyphs(BaseFont font, String text) {
        StringBuilder missing = new StringBuilder();
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !font.charExists(c))
                .distinct()
                .limit(20)
                .forEach(missing::appendCodePoint);
        if (!missing.isEmpty()) {
            throw new MissingFontException(Messages.zh("reports.font.glyphs", missing, INSTALL_HINT));
        }
    }

    /** No usable CJK font: the report is not written. */
    static final class MissingFontException extends IllegalStateException {
        MissingFontException(String message) {
            super(message);
        }
    }
}
