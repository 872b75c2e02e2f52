package org.stocktake.regions;

import org.stocktake.shared.LocalizedText;

/** A region: its code, bilingual name, level and parent; the path lists codes from the top. */
public record Region(String code, LocalizedText name, String level, String parentCode, String path) {
}
