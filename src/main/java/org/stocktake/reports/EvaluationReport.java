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
     * A prefecture indicator for the map and the ranking: values by region code, names by code, and
     * the indicator's polarity (whether higher values rank first).
     */
    record PrefectureFigures(
            String indicatorName,
            String unit,
            String period,
            Map<String, Double> values,
            Map<String, String> names,
            boolean higherIsBetter) {}

    private final Inputs in;
    private final Locale locale;
    private final List<ReportDocument.Block> blocks = new ArrayList<>();

    EvaluationReport(Inputs inputs, Locale locale) {
        this.in = inputs;
        this.locale = locale;
    }

    ReportDocument build() {
        overview();
        targets();
        trajectories();
        prefectures();
        lagging();
        notes();
        String title = in.plan().title().in(locale) + t("reports.evaluation.implementation-evaluation-report");
        String subtitle = t("reports.evaluation.subtitle", in.asOf(), in.today());
        return new ReportDocument(title, subtitle, blocks);
    }

    private void overview() {
        Map<VerdictClass, Integer> counts = new EnumMap<>(VerdictClass.class);
        in.verdicts().forEach(v -> counts.merge(v.verdict().verdictClass(), 1, Integer::sum));
        blocks.add(new ReportDocument.Heading(1, t("reports.evaluation.1-overview")));
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
        blocks.add(new ReportDocument.Heading(1, t("reports.evaluation.2-targets")));
        blocks.add(new ReportDocument.Table(
                t("reports.evaluation.evaluation-of-the-targets"),
                TargetTable.headers(locale),
                TargetTable.rows(in.plan(), in.verdicts(), locale)));
    }

    private void trajectories() {
        blocks.add(new ReportDocument.Heading(1, t("reports.evaluation.3-trajectories")));
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
            blocks.add(Charts.trajectory(
                    target.title().in(locale) + t("reports.evaluation.observed-path-from-baseline-to"),
                    in.unitOf().apply(target.indicator()),
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
        blocks.add(new ReportDocument.Heading(1, t("reports.evaluation.4-prefectures")));
        if (p == null || p.values().isEmpty()) {
            blocks.add(new ReportDocument.Paragraph(t("reports.evaluation.no-prefecture-data-yet")));
            return;
        }
        String caption = t("reports.evaluation.caption", p.indicatorName(), p.period(), p.unit());
        blocks.add(PrefectureMap.draw(caption, p.unit(), p.values(), p.names(), t("reports.evaluation.no-data")));
        List<Ranked> ranked = ranking(p);
        blocks.add(Charts.bars(
                t("reports.evaluation.ranking") + caption,
                p.unit(),
                ranked.stream().map(Ranked::name).toList(),
                ranked.stream().map(Ranked::value).toList()));
        List<List<String>> rows = ranked.stream()
                .map(r -> List.of(Integer.toString(r.rank()), r.name(), TargetTable.number(r.value())))
                .toList();
        blocks.add(new ReportDocument.Table(
                t("reports.evaluation.prefecture-ranking"),
                List.of(t("reports.evaluation.rank"), t("reports.evaluation.prefecture"), p.unit()),
                rows));
        int missing = p.names().size() - p.values().size();
        if (missing > 0) {
            blocks.add(new ReportDocument.Paragraph(t("reports.evaluation.missing-prefectures", missing)));
        }
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

    /** A prefecture's place in the ranking. */
    record Ranked(int rank, String name, Double value) {}

    /**
     * The prefectures with a value, best first by the indicator's polarity, ranked by the one ranking
     * rule ({@link Ranks}: ties share the lowest position).
     */
    static List<Ranked> ranking(PrefectureFigures p) {
        return Ranks.of(p.values(), p.higherIsBetter()).entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(e -> new Ranked(
                        e.getValue(),
                        p.names().getOrDefault(e.getKey(), e.getKey()),
                        p.values().get(e.getKey())))
                .toList();
    }

    private void lagging() {
        blocks.add(new ReportDocument.Heading(1, t("reports.evaluation.5-lagging-items-and-proposed")));
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
        blocks.add(new ReportDocument.Heading(2, t("reports.evaluation.about-the-data")));
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
