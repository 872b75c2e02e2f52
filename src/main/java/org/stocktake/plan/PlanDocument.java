package org.stocktake.plan;

import java.time.LocalDate;
import java.util.List;
import org.stocktake.shared.LocalizedText;

/**
 * A whole plan as held in a plan file: the exact shape of the YAML format, field for field
 * (snake_case in the file). Lists are never null.
 */
public record PlanDocument(
        String format,
        String code,
        LocalizedText title,
        LocalizedText issuer,
        LocalDate adopted,
        int startYear,
        int endYear,
        String region,
        String source,
        String preamble,
        List<Unit> units,
        List<RegionGroup> regionGroups,
        List<Indicator> indicators,
        List<Part> parts,
        List<Target> targets,
        List<Task> tasks) {

    public static final String FORMAT = "stocktake-plan/1";

    public PlanDocument {
        units = listOf(units);
        regionGroups = listOf(regionGroups);
        indicators = listOf(indicators);
        parts = listOf(parts);
        targets = listOf(targets);
        tasks = listOf(tasks);
    }

    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** All articles in reading order. */
    public List<Article> articles() {
        return parts.stream().flatMap(p -> p.articles().stream()).toList();
    }

    /** A unit the plan names: a department, a prefecture or county government, an office. */
    public record Unit(String code, LocalizedText name, String kind, String region) {}

    /** A named set of regions, such as 长株潭; groups may overlap. */
    public record RegionGroup(String code, LocalizedText name, String kind, List<String> members) {
        public RegionGroup {
            members = listOf(members);
        }
    }

    /** What a target measures. */
    public record Indicator(String code, LocalizedText name, String unit, String polarity, String description) {}

    /** A part of the plan (一、总体要求) and its articles. */
    public record Part(String number, LocalizedText title, List<Article> articles) {
        public Part {
            articles = listOf(articles);
        }
    }

    /**
     * An article ((一)指导思想): its number, title and full text; paragraphs are separated by a
     * blank line. Measures are the text's sentences.
     */
    public record Article(String code, String number, LocalizedText title, String text) {

        /** The article's sentences, each ending with its full stop. */
        public List<String> measures() {
            return Measures.split(text);
        }
    }

    /**
     * Value and year a target is measured from; the value may be unknown in the text. A value stated
     * by a document names it ({@code source}) and may quote it.
     */
    public record Baseline(Integer year, java.math.BigDecimal value, String source, String quote) {

        public Baseline(Integer year, java.math.BigDecimal value) {
            this(year, value, null, null);
        }
    }

    /**
     * A target re-set by a later document (中期调整): on {@code date} {@code document} set the target to
     * {@code value} for the data of the caliber starting in {@code caliber} (the indicator's series
     * break), for {@code reason}; {@code source} and {@code quote} say where the words were read.
     */
    public record Revision(
            java.time.LocalDate date,
            String document,
            java.math.BigDecimal value,
            int caliber,
            String reason,
            String source,
            String quote) {}

    /** A commitment with a target year, in the grammar of PRODUCT.md. */
    public record Target(
            String code,
            String article,
            LocalizedText title,
            TargetKind kind,
            String indicator,
            Comparator comparator,
            java.math.BigDecimal value,
            String unit,
            Baseline baseline,
            int targetYear,
            Attribute attribute,
            String scope,
            String quote,
            Direction direction,
            Boolean eachYear,
            String referenceIndicator,
            java.math.BigDecimal tolerance,
            String peers,
            Integer rankWithin,
            String note,
            List<Revision> revisions) {

        public Target {
            revisions = listOf(revisions);
        }

        /** The value in force for the data of the caliber starting in {@code year}: the latest revision for it, or the plan's. */
        public java.math.BigDecimal valueFor(Integer caliber) {
            return revisions.stream()
                    .filter(r -> caliber != null && r.caliber() == caliber)
                    .reduce((a, b) -> b)
                    .map(Revision::value)
                    .orElse(value);
        }
    }

    /** An action from the plan; the lead unit is empty until a coordinator assigns one. */
    public record Task(
            String code,
            String article,
            LocalizedText title,
            String lead,
            List<String> coUnits,
            String deadline,
            String cycle,
            String deliverable,
            List<String> targets) {
        public Task {
            coUnits = listOf(coUnits);
            targets = listOf(targets);
        }
    }
}
