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

    private CjkFont() {}

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
