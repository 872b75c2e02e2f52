package org.stocktake.indicators;

import org.stocktake.shared.LocalizedText;

/** What is measured: unit and polarity ("higher" or "lower" is better). */
public record Indicator(String code, LocalizedText name, String unit, String polarity, String description) {}
