package org.stocktake.observations;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One published value with the words of its source, the number of the revision it is (0 when
 * not read from the store) and its {@link Provenance}: the quote it was read from, its
 * reliability class, the statement it was derived from, whether a class C value was confirmed.
 */
public record Observation(
        String indicator,
        String region,
        String period,
        BigDecimal value,
        String unit,
        String source,
        int revision,
        Provenance provenance) {

    public Observation {
        provenance = provenance == null ? Provenance.NONE : provenance;
    }

    public Observation(String indicator, String region, String period, BigDecimal value, String unit, String source) {
        this(indicator, region, period, value, unit, source, 0, Provenance.NONE);
    }

    public Observation(
            String indicator,
            String region,
            String period,
            BigDecimal value,
            String unit,
            String source,
            int revision) {
        this(indicator, region, period, value, unit, source, revision, Provenance.NONE);
    }

    /** The reliability class, null for a value entered by a user. */
    public Reliability reliability() {
        return provenance.reliability();
    }

    /** The exact sentence or table label the value was read from, if recorded. */
    public String quote() {
        return provenance.quote();
    }

    /** The published statement a derived value rests on; null for a value read as published. */
    public String derivation() {
        return provenance.derivation();
    }

    /** Whether the value was derived from a published statement (say so wherever it is used). */
    @JsonProperty("derived")
    public boolean derived() {
        return provenance.derived();
    }

    /** Whether a class C value was confirmed against an official page. */
    public boolean confirmed() {
        return provenance.confirmed();
    }

    /** Whether the value may drive a verdict: anything but an unconfirmed class C value. */
    @JsonProperty("usable")
    public boolean usable() {
        return provenance.usable();
    }
}
