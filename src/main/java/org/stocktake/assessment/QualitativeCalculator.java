package org.stocktake.assessment;

import java.util.List;

/**
 * qualitative (基本建成 / 取得重大进展): judged from the lights of the linked tasks. All closed out:
 * achieved; none red and at least {@code healthyShare} closed or green: 基本符合预期, or 快于预期 when
 * the closed share is ahead of the time-proportional schedule by the margin; otherwise 滞后.
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
        VerdictClass c = classify(
                in,
                blue == n,
                red == 0 && healthy >= in.settings().healthyShare(),
                closed >= schedule + in.settings().margin());
        Figures f = new Figures(
                t.baselineYear(), null, in.asOfYear(), null, closed, schedule, null, null, null, null, null, null);
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
        if (allClosed) {
            return in.asOfYear() < in.target().targetYear() ? VerdictClass.ACHIEVED_EARLY : VerdictClass.ON_TRACK;
        }
        if (!healthy) {
            return VerdictClass.LAGGING;
        }
        return ahead ? VerdictClass.AHEAD : VerdictClass.ON_TRACK;
    }
}
