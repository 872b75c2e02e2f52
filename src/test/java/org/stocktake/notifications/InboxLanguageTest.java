package org.stocktake.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;
import org.stocktake.supervision.Rung;
import org.stocktake.supervision.SupervisionService;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskDraft;
import org.stocktake.supervision.TaskService;

/**
 * The inbox page shows each message in the reader's language only, never "新任务 X / new task X"
 * (issue 12, finding 5), with its time in words and whether it was read.
 */
class InboxLanguageTest extends SupervisionTest {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    SupervisionService supervision;

    @Test
    void eachMessageIsInTheReadersLanguage() {
        clock().set(LocalDate.of(2026, 3, 10));
        String lead = unit("inbox-lead", "prefecture", "430700");
        Actor coordinator = user("inbox-coord", Role.COORDINATOR, null);
        Actor liaison = user("inbox-liaison", Role.LIAISON, lead);
        Task task = tasks.create(
                coordinator,
                TaskDraft.of("inbox", "IB1", "建设常德综合交通枢纽", lead, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        supervision.issue(coordinator, task.id(), Rung.LETTER, null, "请按期报送", LocalDate.of(2026, 3, 20));
        accounts.changePassword(liaison.username(), PASSWORD, PASSWORD + "!");
        Http session = Http.session(port, liaison.username(), PASSWORD + "!");

        String zh = session.page("/inbox?lang=zh-CN").body();
        assertThat(zh).contains("新任务 IB1", "督办函 IB1", "未读", "2026年3月10日").doesNotContain("new task", " / ");
        assertThat(ISO.matcher(zh.replaceAll("<[^>]*>", "")).find())
                .as("no ISO time in the text")
                .isFalse();
        String en = session.page("/inbox?lang=en").body();
        assertThat(en).contains("new task IB1", "IB1", "Unread", "10 Mar 2026").doesNotContain("新任务", "督办函 IB1");
        assertThat(ISO.matcher(en.replaceAll("<[^>]*>", "")).find())
                .as("no ISO time in the text")
                .isFalse();
    }
}
