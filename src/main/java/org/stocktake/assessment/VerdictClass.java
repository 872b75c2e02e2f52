package org.stocktake.assessment;

import java.util.Locale;
import org.stocktake.shared.LocalizedText;

/** The classes used in Chinese plan evaluations, plus 倒退 and 数据不足 (PRODUCT.md, Verdicts). */
public enum VerdictClass {
    ACHIEVED_EARLY("提前实现", "achieved early"),
    AHEAD("快于预期", "ahead of schedule"),
    ON_TRACK("基本符合预期", "on track"),
    LAGGING("滞后", "lagging"),
    DETERIORATING("倒退", "deteriorating"),
    INSUFFICIENT_DATA("数据不足", "insufficient data");

    @SuppressWarnings("ImmutableEnumChecker") // LocalizedText is a record of two Strings
    private final LocalizedText label;

    VerdictClass(String zh, String en) {
        this.label = new LocalizedText(zh, en);
    }

    public LocalizedText label() {
        return label;
    }

    /** {@code achieved_early}, {@code ahead}, … as written to files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
