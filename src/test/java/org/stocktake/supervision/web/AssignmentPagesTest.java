package org.stocktake.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.AuditService;
import org.stocktake.accounts.Role;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskDraft;
import org.stocktake.supervision.TaskService;

/**
 * The assignment forms over HTTP: a unit not in the list is refused 400 with a page naming the
 * field in the caller's language, and nothing changes; a bulk assignment with no task ticked and
 * a plan not in the list are refused alike; an assignment is in the audit trail; the board offers
 * the plans by title in a list, never a box to type a code in.
 */
class AssignmentPagesTest extends SupervisionTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    AuditService audit;

    @Test
    void aUnitNotInTheListIsRefusedNamingTheFieldAndNothingChanges() {
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        String lead = unit("fgw", "department", "430000");
        Task task = tasks.create(
                coordinator, TaskDraft.of("assign-http", "H" + lead, "建设数字政府", null, LocalDate.of(2026, 1, 1), null));
        Http zh = login(coordinator);
        String path = "/tasks/" + task.id();

        HttpResponse<String> unknownLead =
                zh.form(path + "/assign", form(task, "NO-SUCH-UNIT", "", "2026-12-31"), path);
        assertThat(unknownLead.statusCode()).isEqualTo(400);
        assertThat(unknownLead.body())
                .contains("lead: 牵头单位“NO-SUCH-UNIT”不在单位名单中")
                .doesNotContain("Exception")
                .doesNotContain("org.stocktake");
        HttpResponse<String> unknownCo = zh.form(path + "/assign", form(task, lead, "NOR-THIS", "2026-12-31"), path);
        assertThat(unknownCo.statusCode()).isEqualTo(400);
        assertThat(unknownCo.body()).contains("coUnits: 协办单位“NOR-THIS”不在单位名单中");
        HttpResponse<String> english =
                login(coordinator).english().form(path + "/assign", form(task, "NO-SUCH-UNIT", "", "2026-12-31"), path);
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("lead: lead unit &quot;NO-SUCH-UNIT&quot; is not in the list of units");
        assertThat(tasks.get(coordinator, task.id())).isEqualTo(task);

        HttpResponse<String> saved = zh.form(path + "/assign", form(task, lead, "", "2026-12-31"), path);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(tasks.get(coordinator, task.id()).lead()).isEqualTo(lead);
        assertThat(audit.find("task", task.code(), null))
                .anyMatch(e -> e.action().equals("assignment") && e.after().contains(lead));

        HttpResponse<String> noneTicked = zh.form("/tasks/assign", Map.of("lead", lead), "/tasks");
        assertThat(noneTicked.statusCode()).isEqualTo(400);
        assertThat(noneTicked.body()).contains("请先勾选要分配的任务");
    }

    @Test
    void theBoardOffersThePlansByTitleAndRefusesAPlanNotInTheList() {
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        Http zh = login(coordinator);
        String board = zh.page("/tasks").body();
        assertThat(board)
                .contains("<select name=\"plan\"")
                .contains("value=\"hunan-central-2021\"")
                .contains("中共湖南省委 湖南省人民政府关于贯彻落实")
                .doesNotContain("<input name=\"plan\"");
        assertThat(zh.get("/tasks.xlsx?plan=hunan-central-2021").statusCode()).isEqualTo(200);
        HttpResponse<String> typed = zh.page("/tasks.xlsx?plan=typed-by-hand");
        assertThat(typed.statusCode()).isEqualTo(400);
        assertThat(typed.body()).contains("plan: 请从列表中选择计划");
    }

    private static Map<String, String> form(Task task, String lead, String co, String deadline) {
        return Map.of(
                "version",
                Integer.toString(task.version()),
                "lead",
                lead,
                "coUnits",
                co,
                "deadline",
                deadline,
                "cycle",
                "quarterly",
                "dueDay",
                "5");
    }

    private Http login(Actor actor) {
        if (accounts.user(actor.username()).orElseThrow().mustChangePassword()) {
            accounts.changePassword(actor.username(), PASSWORD, PASSWORD + "!");
        }
        return Http.session(port, actor.username(), PASSWORD + "!");
    }
}
