package org.stocktake.assessment;

import java.util.List;

/**
 * qualitative (基本建成 / 取得重大进展): judged from the lights of the linked tasks. From the target
 * year on: all closed out 已实现, else 未实现. Before it: all closed out 提前实现; a red task, fewer
 * than {@code healthyShare} closed or green, or a closed share behind the time-proportional schedule
 * by more than the margin: 滞后; a closed share ahead of it by the margin: 快于预期; else 基本符合预期.
 * So 0% closed with all the time gone is never 基本符合预期.
 */
final class QualitativeCalculator implements Calculator {

    @Override
    public Verdict assess(VerdictInput in) {
        TargetSpec t = in.target();
        List<TaskLight> tasks = in.tasks();
        if (tasks.isEmpty()) {
            throw new NoVerdict(Figures.NONE, "assessment.qualitative.no-tasks");
        }
        int n = tasks.size();
        long blue = tasks.stream().filter(l -> l == TaskLight.BLUE).count();
        long green = tasks.stream().filter(l -> l == TaskLight.GREEN).count();
        long red = tasks.stream().filter(l -> l == TaskLight.RED).count();
        double closed = (double) blue / n;
        double healthy = (double) (blue + green) / n;
        double schedule = t.targetYear() == t.baselineYear()
                ? 1
                : Goal.linearSchedule(t.baselineYear(), in.asOfYear(), t.targetYear());
        double margin = in.settings().margin();
        VerdictClass c = classify(
                in,
                blue == n,
                red == 0 && healthy >= in.settings().healthyShare() && closed >= schedule - margin - 1e-9,
                closed >= schedule + margin - 1e-9);
        Figures f = new Figures(
                t.baselineYear(), null, in.asOfYear(), null, closed, schedule, null, null, null, null, null, null);
        if (c == VerdictClass.NOT_ACHIEVED) {
            return new Verdict.Judged(
                    c,
                    f,
                    Text.sentence(null, "assessment.qualitative.open", n, blue, t.targetYear(), n - blue, c.label()));
        }
        return new Verdict.Judged(
                c,
                f,
                Text.sentence(
                        null,
                        "assessment.qualitative",
                        n,
                        blue,
                        green,
                        red,
                        Text.pct(closed),
                        Text.pct(schedule),
                        c.label()));
    }

    private static VerdictClass classify(VerdictInput in, boolean allClosed, boolean healthy, boolean ahead) {
        boolean closing = in.asOfYear() >= in.target().targetYear();
        if (allClosed) {
            return closing ? VerdictClass.ACHIEVED : VerdictClass.ACHIEVED_EARLY;
        }
        if (closing) {
            return VerdictClass.NOT_ACHIEVED;
        }
        if (!healthy) {
            return VerdictClass.LAGGING;
        }
        return ahead ? VerdictClass.AHEAD : VerdictClass.ON_TRACK;
    }
}
