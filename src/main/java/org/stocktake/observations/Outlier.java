package org.stocktake.observations;

import java.math.BigDecimal;

/** A value far from its series' history: robust z-score |z| above 3.5. Stored, and flagged. */
public record Outlier(long row, ObservationKey key, BigDecimal value, double median, double z) {}
