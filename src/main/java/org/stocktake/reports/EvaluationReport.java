package org.stocktake.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.stocktake.assessment.Figures;
import org.stocktake.assessment.Ranks;
import org.stocktake.assessment.VerdictClass;
import org.stocktake.observations.Observation;
import org.stocktake.plan.PlanDocument;
import org.stocktake.platform.When;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Period;
import org.stocktake.verdicts.TargetVerdict;

/**
 * 实施效果评估报告: the verdict of every target with its explanation, trajectories, the prefectures
 * on a map and in a ranking, and the lagging items with proposed measures.
 */
final class EvaluationReport {

    /** What the report is built from; observations by indicator for the plan's region. */
    record Inputs(
            PlanDocument plan,
            int asOf,
            LocalDate today,
            List<TargetVerdict> verdicts,
            Function<String, List<Observation>> provinceSeries,
            Function<String, String> unitOf,
            PrefectureFigures prefectures,
            List<String> enclaveAgreements) {}

    /**
     * A prefecture indicator for the map and the ranking: each prefecture's latest value up to the
     * report's year (its own year beside it), names of every prefecture by code, and the indicator's
     * polarity (whether higher values rank first).
     */
    record PrefectureFigures(
            String indicatorName,
            String unit,
            Map<String, Latest> latest,
            Map<String, String> names,
            boolean higherIsBetter) {

        /** The values alone, by region code. */
        Map<String, Double> values() {
            Map<String, Double> values = new java.util.LinkedHashMap<>();
            latest.forEach((code, l) -> values.put(code, l.value()));
            return values;
        }
    }

    /** A prefecture's latest value and the period it is of. */
    record Latest(String period, double value) {}

    private final Inputs in;
    private final Locale locale;
    private final List<ReportDocument.Block> blocks = new ArrayList<>();
    private final Outline outline;

    EvaluationReport(Inputs inputs, Locale locale) {
        this.in = inputs;
        this.locale = locale;
        this.outline = new Outline(locale, blocks);
    }

    ReportDocument build() {
        overview();
        targets();
        trajectories();
        prefectures();
        lagging();
        notes();
        String title = in.plan().title().in(locale) + t("reports.evaluation.implementation-evaluation-report");
        String date = When.day(in.today(), locale);
        String subtitle = t("reports.evaluation.subtitle", in.asOf(), date);
        return new ReportDocument(
                title,
                subtitle,
                blocks,
                new ReportDocument.Official(
                        t("reports.official.issuer"), t("reports.official.evaluation-number", in.asOf()), date));
    }

    private void overview() {
        Map<VerdictClass, Integer> counts = new EnumMap<>(VerdictClass.class);
        in.verdicts().forEach(v -> counts.merge(v.verdict().verdictClass(), 1, Integer::sum));
        outline.section(t("reports.evaluation.s-overview"));
        List<String> parts = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (VerdictClass c : VerdictClass.values()) {
            int n = counts.getOrDefault(c, 0);
            parts.add(t("reports.evaluation.class-count", c.label(), n));
            rows.add(List.of(c.label().in(locale), Integer.toString(n)));
        }
        blocks.add(new ReportDocument.Paragraph(
                t("reports.evaluation.judged", in.verdicts().size(), String.join(t("reports.list"), parts))));
        blocks.add(new ReportDocument.Table(
                t("reports.evaluation.verdicts-by-class"),
                List.of(t("reports.evaluation.verdict"), t("reports.evaluation.targets")),
                rows));
    }

    private void targets() {
        outline.section(t("reports.evaluation.s-targets"));
        blocks.add(new ReportDocument.Table(
                t("reports.evaluation.evaluation-of-the-targets"),
                TargetTable.headers(locale),
                TargetTable.rows(in.plan(), in.verdicts(), locale)));
    }

    private void trajectories() {
        outline.section(t("reports.evaluation.s-trajectories"));
        int drawn = 0;
        for (PlanDocument.Target target : in.plan().targets()) {
            if (target.indicator() == null || target.value() == null) {
                continue;
            }
            List<Charts.Point> points = points(in.provinceSeries().apply(target.indicator()));
            if (points.size() < 2) {
                continue;
            }
            Figures f = figures(target.code());
            Charts.Point base = f != null && f.baseYear() != null && f.baseValue() != null
                    ? new Charts.Point(f.baseYear(), f.baseValue())
                    : null;
            Charts.Point goal = target.kind().code().equals("level")
                            || target.kind().code().equals("maintain")
                    ? new Charts.Point(target.targetYear(), target.value().doubleValue())
                    : null;
            // each chart under a heading of its own, so it can never read as part of another section
            outline.subsection(target.title().in(locale));
            blocks.add(Charts.trajectory(
                    target.title().in(locale) + t("reports.evaluation.observed-path-from-baseline-to"),
                    in.unitOf().apply(target.indicator()),
                    new Charts.Legend(t("reports.chart.observed"), t("reports.chart.path"), t("reports.chart.target")),
                    points,
                    base,
                    goal));
            drawn++;
        }
        if (drawn == 0) {
            blocks.add(new ReportDocument.Paragraph(t("reports.evaluation.no-quantitative-target-s-indicator")));
        }
    }

    private void prefectures() {
        PrefectureFigures p = in.prefectures();
        outline.section(t("reports.evaluation.s-prefectures"));
        if (p == null || p.latest().isEmpty()) {
            blocks.add(new ReportDocument.Paragraph(t("reports.evaluation.no-prefecture-data-yet")));
            return;
        }
        String caption = t("reports.evaluation.latest-caption", p.indicatorName(), p.unit());
        blocks.add(new ReportDocument.Paragraph(t("reports.evaluation.latest-values", in.asOf(), p.indicatorName())));
        outline.subsection(t("reports.evaluation.s-prefecture-map"));
        blocks.add(PrefectureMap.draw(caption, p.unit(), p.values(), p.names(), t("reports.evaluation.no-data")));
        int missing = p.names().size() - p.latest().size();
        if (missing > 0) {
            blocks.add(new ReportDocument.Paragraph(t("reports.evaluation.no-value-prefectures", missing)));
        }
        outline.subsection(t("reports.evaluation.s-prefecture-ranking"));
        List<Ranked> ranked = ranking(p);
        List<Ranked> withValues = ranked.stream().filter(r -> r.value() != null).toList();
        blocks.add(Charts.bars(
                t("reports.evaluation.ranking") + caption,
                p.unit(),
                withValues.stream().map(Ranked::name).toList(),
                withValues.stream().map(Ranked::value).toList()));
        List<List<String>> rows = ranked.stream()
                .map(r -> List.of(
                        r.rank() == null ? "—" : Integer.toString(r.rank()),
                        r.name(),
                        r.value() == null ? t("reports.evaluation.no-data") : TargetTable.number(r.value()),
                        r.period() == null ? "—" : r.period()))
                .toList();
        blocks.add(new ReportDocument.Table(
                t("reports.evaluation.prefecture-ranking"),
                List.of(
                        t("reports.evaluation.rank"),
                        t("reports.evaluation.prefecture"),
                        p.unit(),
                        t("reports.evaluation.prefecture-year")),
                rows));
        enclaves();
    }

    /** The view the figures are on, and the enclave agreements whose splits only the assessment view applies. */
    private void enclaves() {
        List<String> agreements = in.enclaveAgreements() == null ? List.of() : in.enclaveAgreements();
        blocks.add(new ReportDocument.Paragraph(
                agreements.isEmpty()
                        ? t("reports.evaluation.statistical-view")
                        : t("reports.evaluation.statistical-view-agreements", agreements.size())));
        if (!agreements.isEmpty()) {
            blocks.add(new ReportDocument.Bullets(agreements));
        }
    }

    /** A prefecture's place in the ranking; a prefecture without a value has no rank, value or period. */
    record Ranked(Integer rank, String name, Double value, String period) {}

    /**
     * Every prefecture: those with a value best first by the indicator's polarity, ranked by the one
     * ranking rule ({@link Ranks}: ties share the lowest position), then those without a value.
     */
    static List<Ranked> ranking(PrefectureFigures p) {
        List<Ranked> ranked = new ArrayList<>(Ranks.of(p.values(), p.higherIsBetter()).entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(e -> new Ranked(
                        e.getValue(),
                        p.names().getOrDefault(e.getKey(), e.getKey()),
                        p.latest().get(e.getKey()).value(),
                        p.latest().get(e.getKey()).period()))
                .toList());
        p.names().forEach((code, name) -> {
            if (!p.latest().containsKey(code)) {
                ranked.add(new Ranked(null, name, null, null));
            }
        });
        return ranked;
    }

    private void lagging() {
        outline.section(t("reports.evaluation.s-lagging"));
        List<String> items = new ArrayList<>();
        for (TargetVerdict v : in.verdicts()) {
            VerdictClass c = v.verdict().verdictClass();
            String title = title(v.target());
            if (c == VerdictClass.LAGGING || c == VerdictClass.DETERIORATING || c == VerdictClass.NOT_ACHIEVED) {
                items.add(t(
                                "reports.evaluation.item",
                                title,
                                c.label(),
                                v.verdict().explanation())
                        + t("reports.evaluation.proposed-the-lead-unit-analyses"));
            }
        }
        if (items.isEmpty()) {
            items.add(t("reports.evaluation.no-target-is-lagging-or"));
        }
        blocks.add(new ReportDocument.Bullets(items));
        long unknown = in.verdicts().stream()
                .filter(v -> v.verdict().verdictClass() == VerdictClass.INSUFFICIENT_DATA)
                .count();
        blocks.add(new ReportDocument.Paragraph(t("reports.evaluation.unknown", unknown)));
    }

    private void notes() {
        outline.section(t("reports.evaluation.s-data"));
        blocks.add(new ReportDocument.Paragraph(t("reports.evaluation.all-statistics-come-from-published")));
    }

    private Figures figures(String target) {
        return in.verdicts().stream()
                .filter(v -> v.target().equals(target))
                .map(v -> v.verdict().figures())
                .findFirst()
                .orElse(null);
    }

    private String title(String target) {
        return in.plan().targets().stream()
                .filter(t -> t.code().equals(target))
                .map(t -> t.title().in(locale))
                .findFirst()
                .orElse(target);
    }

    private static List<Charts.Point> points(List<Observation> observations) {
        return observations.stream()
                .filter(o -> Period.yearly(o.period()))
                .map(o ->
                        new Charts.Point(Integer.parseInt(o.period()), o.value().doubleValue()))
                .sorted(java.util.Comparator.comparingDouble(Charts.Point::year))
                .toList();
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
