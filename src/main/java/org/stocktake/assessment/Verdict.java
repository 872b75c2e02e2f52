package org.stocktake.assessment;

import org.stocktake.shared.LocalizedText;

/**
 * The judgement of one target at one as-of year: a class, the numbers it rests on and one sentence
 * a leader can read, in Chinese and English. Immutable; store it as the snapshot it is.
 */
public sealed interface Verdict {

    VerdictClass verdictClass();

    Figures figures();

    LocalizedText explanation();

    /** A verdict with a class from 提前实现 to 倒退. */
    record Judged(VerdictClass verdictClass, Figures figures, LocalizedText explanation) implements Verdict {
        public Judged {
            if (verdictClass == VerdictClass.INSUFFICIENT_DATA) {
                throw new IllegalArgumentException("use InsufficientData");
            }
        }
    }

    /** 数据不足: the data cannot support a verdict; the explanation says what is missing. */
    record InsufficientData(Figures figures, LocalizedText explanation) implements Verdict {
        @Override
        public VerdictClass verdictClass() {
            return VerdictClass.INSUFFICIENT_DATA;
        }
    }
}
