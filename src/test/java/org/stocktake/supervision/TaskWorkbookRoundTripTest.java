package org.stocktake.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.AuditService;
import org.stocktake.accounts.Role;

/**
 * The division-of-labour table exported and imported unchanged leaves every task as it was, field
 * by field (the Hunan plan, whose K03.1 has no task K03, and a plan with parents and children,
 * co-units, cycles and milestones); a table with one cell changed changes exactly that.
 */
class TaskWorkbookRoundTripTest extends SupervisionTest {

    private static final String[] HEADER = TaskWorkbook.HEADER.toArray(String[]::new);

    @Autowired
    TaskService tasks;

    @Autowired
    AuditService audit;

    @Test
    void theHunanTableRoundTripsUnchanged() {
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        String plan = "hunan-central-2021";
        List<Task> before = plan(coordinator, plan);
        assertThat(before).hasSizeGreaterThanOrEqualTo(91);
        assertThat(before).anyMatch(t -> !t.coUnits().isEmpty());
        int audited = audit.find("task", null, null).size();

        byte[] exported = tasks.exportWorkbook(coordinator, plan);
        int rows = tasks.importWorkbook(
                coordinator, plan, "export.xlsx", new ByteArrayInputStream(exported), LocalDate.of(2026, 1, 10));

        assertThat(rows).isEqualTo(before.size());
        assertThat(plan(coordinator, plan)).containsExactlyElementsOf(before);
        assertThat(audit.find("task", null, null)).hasSize(audited);
    }

    @Test
    void aTableWithParentsCoUnitsAndMilestonesRoundTripsAndOneChangedCellChangesOnlyThat() {
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        String lead = unit("fgw", "department", "430000");
        String co = unit("gxt", "department", "430000");
        String other = unit("kjt", "department", "430000");
        String plan = "rt-" + lead;
        String leadName = name(lead);
        String coName = name(co);
        // the children come before their parent: the importer puts parents first
        byte[] file = PermissionMatrixTest.workbook("任务分工", new String[][] {
            HEADER,
            {"1.1", "培育先进制造业集群", leadName, coName, "2026年6月底前", "集群名单"},
            {"1.2", "建设创新平台", coName, "", "持续推进", ""},
            {"1", "推动制造业高质量发展", leadName, coName + "、" + name(other), "2026年底前", "实施方案"},
            {"2", "深化放管服改革", "", "", "持续推进", ""},
            {"3.1", "表中无上级的任务", leadName, "", "2026-12-31", ""}
        });
        tasks.importWorkbook(coordinator, plan, "分工.xlsx", new ByteArrayInputStream(file), LocalDate.of(2026, 1, 1));
        Task one = tasks.find(coordinator, plan, "1").orElseThrow();
        assertThat(tasks.find(coordinator, plan, "1.1").orElseThrow().parentId())
                .isEqualTo(one.id());
        assertThat(tasks.find(coordinator, plan, "1.2").orElseThrow().parentId())
                .isEqualTo(one.id());
        assertThat(tasks.find(coordinator, plan, "3.1").orElseThrow().parentId())
                .isNull();
        tasks.assign(
                coordinator,
                one.id(),
                one.version(),
                new Assignment(
                        lead,
                        one.coUnits(),
                        one.deadline(),
                        Cycle.MONTHLY,
                        10,
                        Map.of("2026Q2", "出台实施方案", "2026Q4", "集群名单公布")));
        List<Task> before = plan(coordinator, plan);
        assertThat(before).hasSize(5);

        byte[] exported = tasks.exportWorkbook(coordinator, plan);
        tasks.importWorkbook(
                coordinator, plan, "export.xlsx", new ByteArrayInputStream(exported), LocalDate.of(2026, 3, 1));
        assertThat(plan(coordinator, plan)).containsExactlyElementsOf(before);

        // one cell changed: the lead of 1.2 (column C)
        byte[] changed = withCell(exported, "1.2", 2, name(other));
        tasks.importWorkbook(
                coordinator, plan, "changed.xlsx", new ByteArrayInputStream(changed), LocalDate.of(2026, 3, 1));
        Map<String, Task> was = byCode(before);
        Map<String, Task> now = byCode(plan(coordinator, plan));
        assertThat(now.keySet()).isEqualTo(was.keySet());
        was.forEach((code, task) -> {
            if (!code.equals("1.2")) {
                assertThat(now.get(code)).as(code).isEqualTo(task);
            }
        });
        Task changedTask = now.get("1.2");
        Task oldTask = was.get("1.2");
        assertThat(changedTask.lead()).isEqualTo(other);
        assertThat(changedTask)
                .usingRecursiveComparison()
                .ignoringFields("lead", "version")
                .isEqualTo(oldTask);
    }

    private List<Task> plan(Actor actor, String plan) {
        return tasks.list(actor, new TaskFilter(plan, null, null, null, null));
    }

    private String name(String unit) {
        return accounts.unit(unit).orElseThrow().name().zh();
    }

    private static Map<String, Task> byCode(List<Task> list) {
        return list.stream().collect(Collectors.toMap(Task::code, Function.identity()));
    }

    /** The table with one cell of the row of a 序号 set to another value. */
    private static byte[] withCell(byte[] xlsx, String code, int column, String value) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.getSheetAt(0);
            int changed = 0;
            for (var row : sheet) {
                if (row.getCell(0).getStringCellValue().equals(code)) {
                    row.getCell(column).setCellValue(value);
                    changed++;
                }
            }
            assertThat(changed).isEqualTo(1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
