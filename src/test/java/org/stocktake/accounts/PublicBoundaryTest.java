package org.stocktake.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.reports.ReportService;

/**
 * Public by design, and nothing else: the bulletin (red tasks, supervision records, unit scores),
 * value histories and exports of unapproved values need a login; the bulletin also a role that
 * sees every unit, checked in the report service as well as by the URL rules.
 */
class PublicBoundaryTest extends SupervisionTest {

    @LocalServerPort
    int port;

    @Autowired
    ReportService reports;

    @Test
    void theBulletinNeedsALoginWithARoleThatSeesEveryUnit() {
        for (String format : new String[] {"pdf", "docx", "xlsx"}) {
            HttpResponse<String> browser = Http.anonymous(port).page("/reports/bulletin." + format);
            assertThat(browser.statusCode()).as(format).isEqualTo(302);
            assertThat(browser.headers().firstValue("Location"))
                    .get()
                    .asString()
                    .endsWith("/login");
            assertThat(Http.anonymous(port).get("/reports/bulletin." + format).statusCode())
                    .as(format)
                    .isIn(302, 401);
        }
        String unit = unit("bul", "department", "430000");
        Actor liaison = user("bull", Role.LIAISON, unit);
        accounts.changePassword(liaison.username(), PASSWORD, "liaison-own-password");
        assertThat(Http.session(port, liaison.username(), "liaison-own-password")
                        .get("/reports/bulletin.xlsx")
                        .statusCode())
                .isEqualTo(403);

        Actor leader = user("bulk", Role.LEADER, null);
        accounts.changePassword(leader.username(), PASSWORD, "leader-own-password");
        HttpResponse<String> allowed =
                Http.session(port, leader.username(), "leader-own-password").get("/reports/bulletin.xlsx");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .contains("spreadsheetml");
    }

    @Test
    void theReportServiceRefusesTheBulletinToAUnitBoundActor() {
        String unit = unit("bus", "department", "430000");
        for (Role role : new Role[] {Role.LIAISON, Role.HEAD}) {
            Actor actor = user("bus", role, unit);
            assertThatThrownBy(() -> reports.bulletin(actor, "hunan", YearMonth.of(2026, 1), Locale.SIMPLIFIED_CHINESE))
                    .isInstanceOf(NotPermittedException.class)
                    .satisfies(e -> assertThat(((NotPermittedException) e).message(Locale.SIMPLIFIED_CHINESE))
                            .contains("督查通报"))
                    .hasMessageContaining("supervision bulletin");
        }
        assertThatThrownBy(() -> reports.bulletin(null, "hunan", YearMonth.of(2026, 1), Locale.ENGLISH))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void historiesAndCurrentExportsNeedALoginWhileApprovedDataStaysOpen() {
        Http anonymous = Http.anonymous(port);
        assertThat(anonymous
                        .get("/api/v1/observations/history?indicator=gdp&region=430000&period=2021")
                        .statusCode())
                .isEqualTo(401);
        for (String current : new String[] {"true", "TRUE", "1", "on", "yes", "false&current=true"}) {
            assertThat(anonymous.get("/api/v1/exports?current=" + current).statusCode())
                    .as(current)
                    .isEqualTo(401);
        }
        assertThat(anonymous.get("/api/v1/exports").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/api/v1/exports?current=false").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/reports/evaluation.xlsx").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/api/v1/regions").statusCode()).isEqualTo(200);
        assertThat(anonymous.page("/cockpit").statusCode()).isEqualTo(200);
        assertThat(anonymous.page("/plan").statusCode()).isEqualTo(200);
        assertThat(anonymous.page("/attachments/1").statusCode()).isEqualTo(302);
    }

    @Test
    void anAnonymousApiReadOfPrivateDataIsAProblemDocumentInWords() {
        for (String path :
                new String[] {"/api/v1/tasks", "/api/v1/observations/history?indicator=gdp&region=430000&period=2021"
                }) {
            HttpResponse<String> refused = Http.anonymous(port).get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type").orElse(""))
                    .as(path)
                    .startsWith("application/problem+json");
            assertThat(refused.body()).as(path).contains("\"status\":401").contains("登录");
        }
    }
}
