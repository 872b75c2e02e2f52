package org.stocktake.assessment;

import org.stocktake.shared.LocalizedText;

/** Raised inside a calculator when the data cannot support a verdict; becomes {@link Verdict.InsufficientData}. */
final class NoVerdict extends RuntimeException {

    private final transient LocalizedText reason;
    private final transient Figures figures;

    NoVerdict(Figures figures, String zh, String en) {
        super(en, null, false, false);
        this.reason = new LocalizedText(zh + "，数据不足。", Text.capitalize(en) + " — insufficient data.");
        this.figures = figures;
    }

    Verdict verdict() {
        return new Verdict.InsufficientData(figures, reason);
    }
}
