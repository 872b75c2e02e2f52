package org.stocktake.verdicts;

import java.util.Locale;
import org.stocktake.shared.LocalizedText;

/** What a target × region verdict is judged against. */
public enum Basis {
    /** The plan's target in its own scope region (the province). */
    SCOPE,
    /** The region's own decomposed target (目标分解). */
    OWN,
    /** The scope's target, as a benchmark for a region below it with no target of its own (对标全省目标). */
    BENCHMARK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Basis of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** 本级目标 / 分解目标 / 对标全省目标, in both languages. */
    public LocalizedText label() {
        return LocalizedText.of("verdicts.basis." + code());
    }
}
