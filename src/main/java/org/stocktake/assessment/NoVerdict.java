package org.stocktake.assessment;

import org.stocktake.shared.LocalizedText;

/** Raised inside a calculator when the data cannot support a verdict; becomes {@link Verdict.InsufficientData}. */
final class NoVerdict extends RuntimeException {

    private final transient LocalizedText reason;
    private final transient Figures figures;

    NoVerdict(Figures figures, String key, Object... args) {
        this(figures, LocalizedText.of(key, args));
    }

    private NoVerdict(Figures figures, LocalizedText why) {
        super(why.en(), null, false, false);
        this.reason = LocalizedText.of("assessment.no-verdict", why.zh(), Text.capitalize(why.en()));
        this.figures = figures;
    }

    Verdict verdict() {
        return new Verdict.InsufficientData(figures, reason);
    }
}
