package org.stocktake.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskDraft;
import org.stocktake.supervision.TaskService;

/**
 * A progress report from the task page is all or nothing with its file: a refused file (a program
 * under a PDF's name, an empty file, a type not accepted) saves no report, so nothing counts as
 * late, and the page says which file and why, in the page's language; a good file saves both.
 */
class ReportAttachmentsAllOrNothingTest extends SupervisionTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusedFileRefusesTheWholeReport() {
        clock().set(LocalDate.of(2026, 3, 20));
        String unit = unit("AON", "prefecture", "430600");
        Actor liaison = user("liaison", Role.LIAISON, unit);
        Actor coordinator = user("coord", Role.COORDINATOR, null);
        Task task = tasks.create(
                coordinator, TaskDraft.of("aon", "A" + unit, "整治农村人居环境", unit, LocalDate.of(2025, 1, 1), null));
        accounts.changePassword(liaison.username(), PASSWORD, PASSWORD + "!");
        Http http = Http.session(port, liaison.username(), PASSWORD + "!");
        String page = "/tasks/" + task.id();
        Map<String, String> fields = Map.of("progressText", "完成村庄清洁行动", "percent", "20", "period", "2026-03");

        var refused = http.upload(
                page + "/updates", "清洁行动.pdf", "MZ\u0090 program".getBytes(StandardCharsets.ISO_8859_1), fields, page);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(reports(task)).as("no report is saved").isZero();
        String zh = http.page(page).body();
        assertThat(zh).contains("附件“清洁行动.pdf”被拒收：文件看起来是可执行程序").contains("完成村庄清洁行动");

        http.upload(page + "/updates?lang=en", "empty.png", new byte[0], fields, page);
        assertThat(reports(task)).isZero();
        assertThat(http.page(page).body())
                .contains("empty.png")
                .contains("was refused: the file is empty")
                .contains("not saved");

        http.upload(page + "/updates", "清洁行动.pdf", "%PDF-1.4 ok".getBytes(StandardCharsets.US_ASCII), fields, page);
        assertThat(reports(task)).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from tasks_attachment a join tasks_update u on u.id = a.update_id
                        where u.task_id = :t and u.period = '2026-03' and not u.late
                        """).param("t", task.id()).query(Long.class).single())
                .isEqualTo(1);
    }

    private long reports(Task task) {
        return jdbc.sql("select count(*) from tasks_update where task_id = :t")
                .param("t", task.id())
                .query(Long.class)
                .single();
    }
}
