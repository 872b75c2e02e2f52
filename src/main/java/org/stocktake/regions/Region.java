package org.stocktake.regions;

import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.RegionLevel;

/** A region: its code, bilingual name, level and parent; the path lists codes from the top. */
public record Region(String code, LocalizedText name, RegionLevel level, String parentCode, String path) {}
