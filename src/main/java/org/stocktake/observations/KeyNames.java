package org.stocktake.observations;

import org.stocktake.shared.LocalizedText;

/** What a person reads for an {@link ObservationKey}: the indicator's and the region's names. */
public record KeyNames(LocalizedText indicator, LocalizedText region) {}
