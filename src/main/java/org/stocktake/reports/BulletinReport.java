package org.stocktake.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stocktake.supervision.Light;
import org.stocktake.supervision.SupervisionRecord;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.UnitScore;

/**
 * 督查通报: the month's red and yellow tasks, the supervision records issued in the month, and the
 * unit league table.
 */
final class BulletinReport {

    /** What the bulletin is built from; unit names by code. */
    record Inputs(String planTitle, YearMonth month, LocalDate today, List<Task> tasks, List<SupervisionRecord> records,
            List<UnitScore> scores, Map<String, String> unitNames) {
    }

    private final Inputs in;
    private final Locale locale;
    private final List<ReportDocument.Block> blocks = new ArrayList<>();

    BulletinReport(Inputs inputs, Locale locale) {
        this.in = inputs;
        this.locale = locale;
    }

    ReportDocument build() {
        overview();
        lights(Light.RED, t("二、红灯事项", "2. Red items"), t("红灯事项", "Red items"));
        lights(Light.YELLOW, t("三、黄灯事项", "3. Yellow items"), t("黄灯事项", "Yellow items"));
        records();
        league();
        String title = in.planTitle() + t(" 督查通报（" + in.month().getYear() + "年" + in.month().getMonthValue() + "月）",
                " — supervision bulletin, " + in.month());
        return new ReportDocument(title, t("生成于 " + in.today(), "Generated " + in.today()), blocks);
    }

    private void overview() {
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        in.tasks().forEach(task -> counts.merge(task.light(), 1, Integer::sum));
        blocks.add(new ReportDocument.Heading(1, t("一、总体情况", "1. Overview")));
        blocks.add(new ReportDocument.Paragraph(t("共 " + in.tasks().size() + " 项任务：红灯 " + counts.getOrDefault(Light.RED, 0)
                + " 项，黄灯 " + counts.getOrDefault(Light.YELLOW, 0) + " 项，绿灯 " + counts.getOrDefault(Light.GREEN, 0)
                + " 项，已销号 " + counts.getOrDefault(Light.BLUE, 0) + " 项。",
                in.tasks().size() + " tasks: " + counts.getOrDefault(Light.RED, 0) + " red, " + counts.getOrDefault(Light.YELLOW, 0)
                + " yellow, " + counts.getOrDefault(Light.GREEN, 0) + " green, " + counts.getOrDefault(Light.BLUE, 0) + " closed out.")));
    }

    private void lights(Light light, String heading, String caption) {
        blocks.add(new ReportDocument.Heading(1, heading));
        List<List<String>> rows = new ArrayList<>();
        for (Task task : in.tasks()) {
            if (task.light() == light) {
                rows.add(List.of(task.code(), task.title(), unit(task.lead()),
                        task.deadline() == null ? t("持续推进", "ongoing") : task.deadline().toString(), task.percent() + "%"));
            }
        }
        if (rows.isEmpty()) {
            blocks.add(new ReportDocument.Paragraph(t("本月无此类事项。", "None this month.")));
            return;
        }
        blocks.add(new ReportDocument.Table(caption, List.of(t("编号", "Code"), t("任务", "Task"), t("牵头单位", "Lead unit"), t("完成时限", "Deadline"), t("进度", "Progress")), rows));
    }

    private void records() {
        blocks.add(new ReportDocument.Heading(1, t("四、督办情况", "4. Supervision records")));
        List<List<String>> rows = new ArrayList<>();
        for (SupervisionRecord r : in.records()) {
            LocalDate issued = r.issuedAt().atZone(ZoneId.systemDefault()).toLocalDate();
            if (YearMonth.from(issued).equals(in.month())) {
                rows.add(List.of(issued.toString(), TargetTable.english(locale) ? r.rung().code() : r.rung().zh(),
                        taskCode(r.taskId()), unit(r.toUnit()), r.responseDue() == null ? "—" : r.responseDue().toString(),
                        r.response() == null ? t("未回复", "no response yet") : r.response()));
            }
        }
        if (rows.isEmpty()) {
            blocks.add(new ReportDocument.Paragraph(t("本月未发出督办。", "No supervision record was issued this month.")));
            return;
        }
        blocks.add(new ReportDocument.Table(t("督办记录", "Supervision records"), List.of(t("日期", "Date"), t("类型", "Rung"),
                t("任务", "Task"), t("对象单位", "To unit"), t("回复期限", "Response due"), t("回复情况", "Response")), rows));
    }

    private void league() {
        blocks.add(new ReportDocument.Heading(1, t("五、单位排名", "5. Unit league table")));
        List<UnitScore> sorted = in.scores().stream()
                .sorted(java.util.Comparator.comparingInt(UnitScore::score).reversed()).toList();
        List<List<String>> rows = new ArrayList<>();
        int rank = 0;
        Integer previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            UnitScore s = sorted.get(i);
            rank = previous != null && previous == s.score() ? rank : i + 1;
            previous = s.score();
            rows.add(List.of(Integer.toString(rank), unit(s.unit()), Integer.toString(s.score()), Integer.toString(s.tasksLed()),
                    s.onTimeRate() == null ? "—" : String.format(Locale.ROOT, "%.0f%%", s.onTimeRate() * 100),
                    Integer.toString(s.lateReports()), Integer.toString(s.returnedReports()), Integer.toString(s.overdue())));
        }
        blocks.add(new ReportDocument.Table(t("单位得分", "Unit scores"), List.of(t("名次", "Rank"), t("单位", "Unit"), t("得分", "Score"),
                t("牵头任务", "Tasks led"), t("按时完成率", "On time"), t("逾期报告", "Late reports"), t("退回报告", "Returned"),
                t("逾期任务", "Overdue")), rows));
    }

    private String taskCode(long id) {
        return in.tasks().stream().filter(t -> t.id() == id).map(Task::code).findFirst().orElse("#" + id);
    }

    private String unit(String code) {
        return code == null ? t("未分配", "unassigned") : in.unitNames().getOrDefault(code, code);
    }

    private String t(String zh, String en) {
        return TargetTable.english(locale) ? en : zh;
    }
}
