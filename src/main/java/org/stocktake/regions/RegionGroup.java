package org.stocktake.regions;

import java.util.List;
import org.stocktake.shared.LocalizedText;

/** A named set of regions (长株潭, 洞庭湖, "3+5" …); groups may overlap. */
public record RegionGroup(String code, LocalizedText name, String kind, List<String> members) {
    public RegionGroup {
        members = List.copyOf(members);
    }
}
