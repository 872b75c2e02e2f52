package org.stocktake.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NewUser;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.accounts.Role;
import org.stocktake.shared.LocalizedText;

/**
 * Every role against every write operation, checked in the services: allowed operations succeed,
 * refused ones throw {@link NotPermittedException} and change nothing (the audit log does not grow).
 * "Own" users belong to the prefecture that leads the task; "other" users to another prefecture.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTest extends SupervisionTest {

    enum Who {
        COORDINATOR,
        LIAISON,
        HEAD,
        LEADER,
        VIEWER,
        ADMIN,
        OTHER_LIAISON,
        OTHER_HEAD
    }

    private static final Map<String, Set<Who>> ALLOWED = new java.util.LinkedHashMap<>();

    static {
        Set<Who> coordinator = Set.of(Who.COORDINATOR);
        Set<Who> ownUnit = Set.of(Who.COORDINATOR, Who.LIAISON, Who.HEAD);
        ALLOWED.put("create task", coordinator);
        ALLOWED.put("assign lead", coordinator);
        ALLOWED.put("import tasks", coordinator);
        ALLOWED.put("configure rules", coordinator);
        ALLOWED.put("edit task", ownUnit);
        ALLOWED.put("submit update", ownUnit);
        ALLOWED.put("attach file", ownUnit);
        ALLOWED.put("approve update", Set.of(Who.COORDINATOR, Who.HEAD));
        ALLOWED.put("review update", coordinator);
        ALLOWED.put("return update to its unit", Set.of(Who.COORDINATOR, Who.HEAD));
        ALLOWED.put("issue record", Set.of(Who.COORDINATOR, Who.LEADER));
        ALLOWED.put("respond to record", ownUnit);
        ALLOWED.put("request extension", ownUnit);
        ALLOWED.put("decide extension", coordinator);
        ALLOWED.put("claim completion", ownUnit);
        ALLOWED.put("review completion", coordinator);
        ALLOWED.put("read task", Set.of(Who.COORDINATOR, Who.LIAISON, Who.HEAD, Who.LEADER, Who.VIEWER, Who.ADMIN));
        ALLOWED.put("create unit", Set.of(Who.ADMIN));
        ALLOWED.put("create user", Set.of(Who.ADMIN));
        ALLOWED.put("import users", Set.of(Who.ADMIN));
        ALLOWED.put("issue token for another user", Set.of(Who.ADMIN));
    }

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    SupervisionService supervision;

    @Autowired
    JdbcClient jdbc;

    private final Map<Who, Actor> actors = new EnumMap<>(Who.class);
    private final AtomicInteger serial = new AtomicInteger();
    private String own;
    private Actor coordinator;
    private Actor ownLiaison;
    private Actor robot;

    @BeforeAll
    void users() {
        clock().set(LocalDate.of(2026, 1, 10));
        own = unit("changsha", "prefecture", "430100");
        String other = unit("zhuzhou", "prefecture", "430200");
        actors.put(Who.COORDINATOR, user("c", Role.COORDINATOR, null));
        actors.put(Who.LIAISON, user("l", Role.LIAISON, own));
        actors.put(Who.HEAD, user("h", Role.HEAD, own));
        actors.put(Who.LEADER, user("ld", Role.LEADER, null));
        actors.put(Who.VIEWER, user("v", Role.VIEWER, null));
        actors.put(Who.ADMIN, admin());
        actors.put(Who.OTHER_LIAISON, user("ol", Role.LIAISON, other));
        actors.put(Who.OTHER_HEAD, user("oh", Role.HEAD, other));
        coordinator = actors.get(Who.COORDINATOR);
        ownLiaison = actors.get(Who.LIAISON);
        robot = user("robot", Role.VIEWER, null);
    }

    Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        ALLOWED.forEach((op, allowed) -> {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(op, who, allowed.contains(who)));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1}: allowed {2}")
    @MethodSource("matrix")
    void everyRoleAgainstEveryWrite(String op, Who who, boolean allowed) {
        clock().set(LocalDate.of(2026, 1, 10));
        Runnable action = prepare(op, actors.get(who));
        long before = auditEntries();
        if (allowed) {
            assertThatCode(action::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(action::run).isInstanceOf(NotPermittedException.class);
            assertThat(auditEntries()).as("the audit log does not grow").isEqualTo(before);
        }
    }

    @Test
    void aLiaisonSeesOnlyTheirOwnUnitsTasksAndRegion() {
        Task mine = task();
        Actor other = actors.get(Who.OTHER_LIAISON);
        assertThat(tasks.list(other, TaskFilter.ALL)).extracting(Task::id).doesNotContain(mine.id());
        assertThat(tasks.list(ownLiaison, TaskFilter.ALL)).extracting(Task::id).contains(mine.id());
        assertThat(tasks.list(ownLiaison, TaskFilter.ALL)).allMatch(t -> t.involves(own));
        assertThatThrownBy(() -> progress.updates(other, mine.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> supervision.timeline(other, mine.id())).isInstanceOf(NotPermittedException.class);
        assertThat(ownLiaison.coversRegion("430100")).isTrue();
        assertThat(ownLiaison.coversRegion("430102")).isTrue();
        assertThat(ownLiaison.coversRegion("430202")).isFalse();
        assertThat(other.coversRegion("430102")).isFalse();
        assertThat(coordinator.coversRegion("430202")).isTrue();
    }

    /** The number of audit entries (counted in the database: the shared log is long). */
    private long auditEntries() {
        return jdbc.sql("select count(*) from accounts_audit").query(Long.class).single();
    }

    private Task task() {
        return tasks.create(
                coordinator,
                TaskDraft.of(
                        "matrix",
                        "M" + serial.incrementAndGet(),
                        "矩阵测试任务",
                        own,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31)));
    }

    /** Sets up what the operation needs (as the coordinator or the unit's liaison) and returns the operation. */
    private Runnable prepare(String op, Actor actor) {
        int n = serial.incrementAndGet();
        return switch (op) {
            case "create task" ->
                () -> tasks.create(actor, TaskDraft.of("matrix", "N" + n, "新任务", own, LocalDate.of(2026, 1, 1), null));
            case "import tasks" ->
                () -> tasks.importWorkbook(
                        actor, "matrix", "t.xlsx", new ByteArrayInputStream(table("I" + n)), LocalDate.of(2026, 1, 1));
            case "configure rules" -> () -> tasks.configureRules(actor, "matrix-rules", Rules.DEFAULTS);
            case "create unit" ->
                () -> accounts.saveUnit(actor, new OrgUnit("u" + n, new LocalizedText("单位", null), "county", "430102"));
            case "create user" ->
                () -> accounts.createUser(actor, new NewUser("new" + n, "新用户", null, Role.VIEWER, null, PASSWORD));
            case "import users" ->
                () -> accounts.importWorkbook(actor, "u.xlsx", new ByteArrayInputStream(users("imp" + n)));
            case "issue token for another user" -> () -> accounts.issueToken(actor, robot.username(), "robot");
            default -> onTask(op, actor, task());
        };
    }

    private Runnable onTask(String op, Actor actor, Task task) {
        return switch (op) {
            case "assign lead" -> () -> tasks.assign(actor, task.id(), task.version(), own);
            case "edit task" ->
                () -> tasks.edit(actor, task.id(), task.version(), draftOf(task).withDeliverable("新成果"));
            case "submit update" -> () -> progress.submit(actor, task.id(), new Report(null, "进展", null, null, 10));
            case "attach file" -> {
                Update u = progress.submit(ownLiaison, task.id(), new Report(null, "进展", null, null, 10));
                yield () ->
                        progress.attach(actor, u.id(), "a.pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));
            }
            case "approve update" -> {
                Update u = progress.submit(ownLiaison, task.id(), new Report(null, "进展", null, null, 10));
                yield () -> progress.approve(actor, u.id());
            }
            case "return update to its unit" -> {
                Update u = progress.submit(ownLiaison, task.id(), new Report(null, "进展", null, null, 10));
                yield () -> progress.giveBack(actor, u.id(), "补充数据");
            }
            case "review update" -> {
                Update u = progress.submit(ownLiaison, task.id(), new Report(null, "进展", null, null, 10));
                yield () -> progress.review(actor, u.id(), false, "补充数据");
            }
            case "issue record" ->
                () -> supervision.issue(actor, task.id(), Rung.URGE, null, "请加快", LocalDate.of(2026, 1, 20));
            case "respond to record" -> {
                SupervisionRecord r = supervision.issue(coordinator, task.id(), Rung.REMINDER, null, "提醒", null);
                yield () -> supervision.respond(actor, r.id(), "收到");
            }
            case "request extension" ->
                () -> supervision.requestExtension(actor, task.id(), LocalDate.of(2027, 3, 31), "需要更多时间");
            case "decide extension" -> {
                Extension e = supervision.requestExtension(ownLiaison, task.id(), LocalDate.of(2027, 3, 31), "需要更多时间");
                yield () -> supervision.decideExtension(actor, e.id(), false, "不同意");
            }
            case "claim completion" -> () -> supervision.claim(actor, task.id(), "佐证");
            case "review completion" -> {
                supervision.claim(ownLiaison, task.id(), "佐证");
                yield () -> supervision.reviewClaim(actor, task.id(), true, "同意");
            }
            case "read task" -> () -> tasks.get(actor, task.id());
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static TaskDraft draftOf(Task t) {
        return new TaskDraft(
                t.planCode(),
                t.code(),
                null,
                t.article(),
                t.title(),
                t.lead(),
                t.coUnits(),
                t.startDate(),
                t.deadline(),
                t.cycle(),
                t.dueDay(),
                t.deliverable(),
                t.milestones(),
                t.targets(),
                t.indicators());
    }

    private byte[] table(String code) {
        return workbook("任务分工", new String[][] {
            {"序号", "重点任务", "牵头单位", "责任单位", "完成时限", "成果形式"}, {code, "导入的任务", own, "", "2026年12月底前", "方案"}
        });
    }

    private static byte[] users(String name) {
        return workbook(
                "用户",
                new String[][] {{"用户名", "姓名", "邮箱", "角色", "单位", "初始密码"}, {name, "导入用户", "", "viewer", "", PASSWORD}});
    }

    static byte[] workbook(String sheetName, String[][] rows) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
