package org.stocktake.assessment;

import java.util.Locale;
import org.stocktake.shared.LocalizedText;

/**
 * The classes used in Chinese plan evaluations (PRODUCT.md, Verdicts; docs/verdicts.md). Before the
 * target year a target is in progress: 提前实现 (met before the target year), 快于预期, 基本符合预期,
 * 滞后, 倒退. From the target year on the verdict is final: 已实现 or 未实现. 口径调整，无法直接比较
 * when the data after a series break have no target on their caliber; 数据不足 when the data cannot
 * support a verdict.
 */
public enum VerdictClass {
    ACHIEVED,
    ACHIEVED_EARLY,
    AHEAD,
    ON_TRACK,
    LAGGING,
    DETERIORATING,
    NOT_ACHIEVED,
    NOT_COMPARABLE,
    INSUFFICIENT_DATA;

    /** The class's name in both languages, from the bundles ({@code verdict.on_track}). */
    public LocalizedText label() {
        return LocalizedText.of("verdict." + code());
    }

    /** {@code achieved_early}, {@code ahead}, … as written to files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** 已实现 / 未实现: the judgement of a target on its target year's value. */
    public boolean isFinal() {
        return this == ACHIEVED || this == NOT_ACHIEVED;
    }

    /**
     * The final class an in-progress class turns into on the target year's data: the right way
     * (提前实现, 快于预期, 基本符合预期) is 已实现, the wrong way (滞后, 倒退) is 未实现; the others stay.
     */
    VerdictClass atTargetYear() {
        return switch (this) {
            case ACHIEVED, ACHIEVED_EARLY, AHEAD, ON_TRACK -> ACHIEVED;
            case LAGGING, DETERIORATING, NOT_ACHIEVED -> NOT_ACHIEVED;
            case NOT_COMPARABLE, INSUFFICIENT_DATA -> this;
        };
    }
}
