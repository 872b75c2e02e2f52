package org.stocktake.assessment;

import java.util.Objects;

/**
 * A target re-set by a later document (中期调整) for the data of a new caliber: from
 * {@code caliberFrom} (the first year of the new definition, the indicator's series break) the
 * target is {@code value}; {@code document} names the document in words for the sentence.
 */
public record Revision(int caliberFrom, double value, String document) {

    public Revision {
        Objects.requireNonNull(document, "document");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("revised value must be finite: " + value);
        }
    }
}
