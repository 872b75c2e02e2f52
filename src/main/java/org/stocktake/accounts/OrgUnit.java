package org.stocktake.accounts;

import org.stocktake.shared.LocalizedText;

/**
 * A unit that takes part in supervision: a provincial department, a prefecture or county
 * government, or the coordinating office. Its region is the region it answers for.
 */
public record OrgUnit(String code, LocalizedText name, String kind, String region) {

    public static final java.util.List<String> KINDS =
            java.util.List.of("department", "prefecture", "county", "office");
}
