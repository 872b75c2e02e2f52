package org.stocktake.assessment;

import java.util.Locale;
import org.stocktake.shared.LocalizedText;

/** The classes used in Chinese plan evaluations, plus 倒退 and 数据不足 (PRODUCT.md, Verdicts). */
public enum VerdictClass {
    ACHIEVED_EARLY,
    AHEAD,
    ON_TRACK,
    LAGGING,
    DETERIORATING,
    INSUFFICIENT_DATA;

    /** The class's name in both languages, from the bundles ({@code verdict.on_track}). */
    public LocalizedText label() {
        return LocalizedText.of("verdict." + code());
    }

    /** {@code achieved_early}, {@code ahead}, … as written to files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
