package org.stocktake.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.stocktake.assessment.Figures;
import org.stocktake.assessment.VerdictClass;
import org.stocktake.observations.Observation;
import org.stocktake.plan.PlanDocument;
import org.stocktake.verdicts.TargetVerdict;

/**
 * 实施效果评估报告: the verdict of every target with its explanation, trajectories, the prefectures
 * on a map and in a ranking, and the lagging items with proposed measures.
 */
final class EvaluationReport {

    /** What the report is built from; observations by indicator for the plan's region. */
    record Inputs(PlanDocument plan, int asOf, LocalDate today, List<TargetVerdict> verdicts,
            Function<String, List<Observation>> provinceSeries, Function<String, String> unitOf,
            PrefectureFigures prefectures) {
    }

    /** A prefecture indicator for the map and the ranking: values by region code, names by code. */
    record PrefectureFigures(String indicatorName, String unit, String period, Map<String, Double> values,
            Map<String, String> names) {
    }

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
        String title = in.plan().title().in(locale) + t(" 实施效果评估报告", " — implementation evaluation report");
        String subtitle = t("评价截至 " + in.asOf() + " 年 · 生成于 " + in.today() + " · 方法：完成进度与时间进度（序时进度）比较",
                "As of " + in.asOf() + " · generated " + in.today() + " · method: completion progress against the time-proportional schedule");
        return new ReportDocument(title, subtitle, blocks);
    }

    private void overview() {
        Map<VerdictClass, Integer> counts = new EnumMap<>(VerdictClass.class);
        in.verdicts().forEach(v -> counts.merge(v.verdict().verdictClass(), 1, Integer::sum));
        blocks.add(new ReportDocument.Heading(1, t("一、总体评价", "1. Overview")));
        StringBuilder zh = new StringBuilder("共评价 " + in.verdicts().size() + " 项目标：");
        StringBuilder en = new StringBuilder(in.verdicts().size() + " targets judged: ");
        List<List<String>> rows = new ArrayList<>();
        for (VerdictClass c : VerdictClass.values()) {
            int n = counts.getOrDefault(c, 0);
            zh.append(c.label().zh()).append(' ').append(n).append(" 项，");
            en.append(n).append(' ').append(c.label().en()).append(", ");
            rows.add(List.of(c.label().in(locale), Integer.toString(n)));
        }
        blocks.add(new ReportDocument.Paragraph(t(zh.substring(0, zh.length() - 1) + "。", en.substring(0, en.length() - 2) + ".")));
        blocks.add(new ReportDocument.Table(t("评价结果汇总", "Verdicts by class"), List.of(t("评价", "Verdict"), t("目标数", "Targets")), rows));
    }

    private void targets() {
        blocks.add(new ReportDocument.Heading(1, t("二、主要目标完成情况", "2. Targets")));
        blocks.add(new ReportDocument.Table(t("主要目标评价表", "Evaluation of the targets"), TargetTable.headers(locale),
                TargetTable.rows(in.plan(), in.verdicts(), locale)));
    }

    private void trajectories() {
        blocks.add(new ReportDocument.Heading(1, t("三、主要指标走势", "3. Trajectories")));
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
            Charts.Point base = f != null && f.baseYear() != null && f.baseValue() != null ? new Charts.Point(f.baseYear(), f.baseValue()) : null;
            Charts.Point goal = target.kind().code().equals("level") || target.kind().code().equals("maintain")
                    ? new Charts.Point(target.targetYear(), target.value().doubleValue()) : null;
            blocks.add(Charts.trajectory(target.title().in(locale) + t("（观测值、基期至目标路径、目标）", " (observed, path from baseline to target, target)"),
                    in.unitOf().apply(target.indicator()), points, base, goal));
            drawn++;
        }
        if (drawn == 0) {
            blocks.add(new ReportDocument.Paragraph(t("量化目标的指标均不足两个年度观测值，暂无走势图。",
                    "No quantitative target's indicator has two yearly observations yet; no trajectory is drawn.")));
        }
    }

    private void prefectures() {
        PrefectureFigures p = in.prefectures();
        blocks.add(new ReportDocument.Heading(1, t("四、各市州情况", "4. Prefectures")));
        if (p == null || p.values().isEmpty()) {
            blocks.add(new ReportDocument.Paragraph(t("暂无市州数据。", "No prefecture data yet.")));
            return;
        }
        String caption = p.indicatorName() + "（" + p.period() + "，" + p.unit() + "）";
        blocks.add(PrefectureMap.draw(caption, p.unit(), p.values(), p.names(), t("暂无数据", "no data")));
        Map<String, Double> sorted = new LinkedHashMap<>();
        p.values().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sorted.put(p.names().getOrDefault(e.getKey(), e.getKey()), e.getValue()));
        blocks.add(Charts.bars(t("市州排名：", "Ranking: ") + caption, p.unit(), List.copyOf(sorted.keySet()), List.copyOf(sorted.values())));
        List<List<String>> rows = new ArrayList<>();
        int rank = 0;
        Double previous = null;
        int position = 0;
        for (var e : sorted.entrySet()) {
            position++;
            rank = previous != null && previous.equals(e.getValue()) ? rank : position;
            previous = e.getValue();
            rows.add(List.of(Integer.toString(rank), e.getKey(), TargetTable.number(e.getValue())));
        }
        blocks.add(new ReportDocument.Table(t("市州排名表", "Prefecture ranking"), List.of(t("名次", "Rank"), t("市州", "Prefecture"), p.unit()), rows));
        int missing = p.names().size() - p.values().size();
        if (missing > 0) {
            blocks.add(new ReportDocument.Paragraph(t(missing + " 个市州暂无该年数据，地图上以灰色表示，未作估算。",
                    missing + " prefectures have no value for that year; they are grey on the map and were not estimated.")));
        }
    }

    private void lagging() {
        blocks.add(new ReportDocument.Heading(1, t("五、滞后事项及建议措施", "5. Lagging items and proposed measures")));
        List<String> items = new ArrayList<>();
        for (TargetVerdict v : in.verdicts()) {
            VerdictClass c = v.verdict().verdictClass();
            String title = title(v.target());
            if (c == VerdictClass.LAGGING || c == VerdictClass.DETERIORATING) {
                items.add(title + "（" + c.label().in(locale) + "）：" + v.verdict().explanation().in(locale)
                        + t(" 建议牵头单位分析原因、制定追赶措施，列入督办事项并按月报告进展。",
                        " Proposed: the lead unit analyses the causes, sets catch-up measures; the item is put under supervision with monthly reports."));
            }
        }
        if (items.isEmpty()) {
            items.add(t("暂无滞后或倒退的目标。", "No target is lagging or deteriorating."));
        }
        blocks.add(new ReportDocument.Bullets(items));
        long unknown = in.verdicts().stream().filter(v -> v.verdict().verdictClass() == VerdictClass.INSUFFICIENT_DATA).count();
        blocks.add(new ReportDocument.Paragraph(t("另有 " + unknown + " 项目标因数据不足暂无法评价，建议统计部门和牵头单位补齐基期值和年度数据，定性目标补充关联任务的进展证据。",
                unknown + " targets cannot be judged for lack of data: the statistics bureau and the lead units should supply baseline and yearly values, and evidence of the linked tasks for qualitative targets.")));
    }

    private void notes() {
        blocks.add(new ReportDocument.Heading(2, t("数据说明", "About the data")));
        blocks.add(new ReportDocument.Paragraph(t("统计数据均来自公开发布的统计公报和新闻发布，每个数值都保留来源；未找到的数据保持空缺，未作插补或估算。",
                "All statistics come from published bulletins and releases, each value with its source; values not found are left as gaps, never interpolated or estimated.")));
    }

    private Figures figures(String target) {
        return in.verdicts().stream().filter(v -> v.target().equals(target)).map(v -> v.verdict().figures()).findFirst().orElse(null);
    }

    private String title(String target) {
        return in.plan().targets().stream().filter(t -> t.code().equals(target)).map(t -> t.title().in(locale)).findFirst().orElse(target);
    }

    private static List<Charts.Point> points(List<Observation> observations) {
        return observations.stream().filter(o -> o.period().matches("\\d{4}"))
                .map(o -> new Charts.Point(Integer.parseInt(o.period()), o.value().doubleValue()))
                .sorted(java.util.Comparator.comparingDouble(Charts.Point::year)).toList();
    }

    private String t(String zh, String en) {
        return TargetTable.english(locale) ? en : zh;
    }
}
