package org.stocktake.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.Role;

/** Four eyes on progress reports: nobody approves or reviews a report they submitted themselves. */
class FourEyesTest extends SupervisionTest {

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @LocalServerPort
    int port;

    @Test
    void aHeadCannotApproveTheirOwnReportButAnotherHeadOrTheCoordinatorCan() {
        clock().set(LocalDate.of(2026, 2, 3));
        String unit = unit("fe", "department", "430000");
        Actor coordinator = user("fec", Role.COORDINATOR, null);
        Actor head = user("feh", Role.HEAD, unit);
        Actor secondHead = user("feh", Role.HEAD, unit);
        Task task = tasks.create(
                coordinator,
                TaskDraft.of("four-eyes", "F1", "四眼原则", unit, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

        Update own = progress.submit(head, task.id(), new Report(null, "进展", null, null, 20));
        assertThat(own.status().code()).isEqualTo("submitted");
        assertThat(own.approvedBy()).isNull();
        assertThatThrownBy(() -> progress.approve(head, own.id()))
                .isInstanceOf(NotPermittedException.class)
                .satisfies(e -> assertThat(((NotPermittedException) e).message(Locale.SIMPLIFIED_CHINESE))
                        .contains("自己提交的报告"))
                .hasMessageContaining("a report they submitted themselves");
        assertThat(progress.approve(secondHead, own.id()).approvedBy()).isEqualTo(secondHead.username());
        assertThat(progress.review(coordinator, own.id(), true, null).status().code())
                .isEqualTo("accepted");
    }

    @Test
    void aCoordinatorCannotReviewTheirOwnReportOverTheApi() {
        clock().set(LocalDate.of(2026, 2, 3));
        String unit = unit("fa", "department", "430000");
        Actor coordinator = user("fac", Role.COORDINATOR, null);
        Actor other = user("fao", Role.COORDINATOR, null);
        Task task = tasks.create(
                coordinator,
                TaskDraft.of("four-eyes", "F2", "四眼原则", unit, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        Update own = progress.submit(coordinator, task.id(), new Report(null, "代报进展", null, null, 30));
        assertThat(own.status().code()).isEqualTo("submitted");

        String token = accounts.issueToken(coordinator, coordinator.username(), "four-eyes");
        HttpResponse<String> refused =
                Http.token(port, token).json("POST", "/api/v1/updates/" + own.id() + "/review", "{\"accept\":true}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("自己提交的报告");
        assertThat(progress.updates(coordinator, task.id()))
                .singleElement()
                .extracting(Update::status)
                .isEqualTo(UpdateStatus.SUBMITTED);

        assertThatThrownBy(() -> progress.approve(coordinator, own.id())).isInstanceOf(NotPermittedException.class);
        assertThat(progress.review(other, own.id(), false, "请补充数据").status().code())
                .isEqualTo("returned");
    }
}
