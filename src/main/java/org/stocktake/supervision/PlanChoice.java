package org.stocktake.supervision;

import org.stocktake.shared.LocalizedText;

/** A plan as a list offers it: its code (the value sent) and its title (what a person reads). */
public record PlanChoice(String code, LocalizedText title) {}
