package org.stocktake.verdicts;

import org.stocktake.shared.LocalizedText;

/**
 * A stored (or computed) verdict of one target in one region, with what it was judged against:
 * the plan's target in its scope, the region's own decomposed target, or the scope's target as a
 * benchmark (对标全省目标); {@code example} when the region's target comes from an example
 * decomposition (示例（非官方）). {@code own} is the region's target when the basis is {@link Basis#OWN}.
 */
public record RegionVerdict(TargetVerdict verdict, Basis basis, boolean example, RegionTarget own) {

    public String target() {
        return verdict.target();
    }

    public String region() {
        return verdict.region();
    }

    /** The basis in words, with 示例（非官方） added for an example decomposition. */
    public LocalizedText basisLabel() {
        LocalizedText label = basis.label();
        if (!example) {
            return label;
        }
        LocalizedText mark = LocalizedText.of("verdicts.example");
        return new LocalizedText(label.zh() + " " + mark.zh(), label.en() + " " + mark.en());
    }
}
