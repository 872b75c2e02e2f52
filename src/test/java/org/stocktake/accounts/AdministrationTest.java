package org.stocktake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.shared.LocalizedText;

/**
 * An administrator over the pages: edits a user (name, e-mail, role, unit), disables one (who can
 * then neither log in nor use a token, and whose session ends) and enables them again, resets a
 * password (a temporary one shown once, good for one login that must change it); units only on a
 * known region, the refusal naming the field in Chinese and in English; everything in the audit log;
 * anyone else refused in words.
 */
class AdministrationTest extends SupervisionTest {

    private static final Pattern TEMPORARY =
            Pattern.compile("id=\"temporary-password\".*?<input[^>]*value=\"([^\"]+)\"", Pattern.DOTALL);

    @LocalServerPort
    int port;

    /** A new administrator with their own password, logged in (the first administrator's password is other tests' business). */
    private Http adminSession() {
        Actor admin = user("adm", Role.ADMIN, null);
        accounts.changePassword(admin.username(), PASSWORD, "admin-own-password");
        return Http.session(port, admin.username(), "admin-own-password");
    }

    private Actor person(String prefix, Role role, String unit, String password) {
        Actor user = user(prefix, role, unit);
        accounts.changePassword(user.username(), PASSWORD, password);
        return user;
    }

    @Test
    void anAdministratorEditsAUserAndTheAuditLogSaysWhatChanged() {
        String from = unit("edit-from", "prefecture", "430100");
        String to = unit("edit-to", "prefecture", "430200");
        Actor user = person("edited", Role.LIAISON, from, "edited-own-password");
        Http admin = adminSession();

        HttpResponse<String> saved = admin.form(
                "/admin/users/" + user.username(),
                Map.of("displayName", "王小明", "email", "wang@example.org", "role", "head", "unit", to),
                "/admin");
        assertThat(saved.statusCode()).isEqualTo(302);
        UserView after = accounts.user(user.username()).orElseThrow();
        assertThat(after.displayName()).isEqualTo("王小明");
        assertThat(after.email()).isEqualTo("wang@example.org");
        assertThat(after.role()).isEqualTo(Role.HEAD);
        assertThat(after.unit()).isEqualTo(to);
        assertThat(accounts.actorOf(user.username()).region()).isEqualTo("430200");

        String audit =
                section(admin.page("/audit?entity=user&id=" + user.username()).body());
        assertThat(audit)
                .contains("用户“王小明”：修改")
                .contains("姓名: 用户 " + user.username() + " → 王小明")
                .contains("角色: 单位联络员 → 单位负责人")
                .contains("另有 1 项")
                .doesNotContain("{&quot;")
                .doesNotContain("{\"");
        assertThat(admin.english()
                        .page("/audit?entity=user&id=" + user.username())
                        .body())
                .contains("Role: Unit liaison → Unit head")
                .contains("Unit: Test unit " + number(from) + " → Test unit " + number(to))
                .contains("E-mail: wang@example.org");
    }

    /** The page's own part, without the layout's head (whose htmx settings are JSON). */
    private static String section(String html) {
        int start = html.indexOf("<section");
        return start < 0 ? html : html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void aDisabledUserCannotLogInNorUseATokenAndTheirSessionEnds() {
        Actor user = person("disabled", Role.COORDINATOR, null, "disabled-own-password");
        Http session = Http.session(port, user.username(), "disabled-own-password");
        String token = accounts.issueToken(user, user.username(), "script");
        assertThat(session.page("/tasks").statusCode()).isEqualTo(200);
        assertThat(Http.token(port, token).get("/api/v1/me").statusCode()).isEqualTo(200);
        Http admin = adminSession();

        assertThat(admin.form("/admin/users/" + user.username() + "/enabled", Map.of("enabled", "false"), "/admin")
                        .statusCode())
                .isEqualTo(302);

        assertThat(accounts.user(user.username()).orElseThrow().enabled()).isFalse();
        HttpResponse<String> stale = session.page("/tasks");
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(stale.headers().firstValue("Location")).get().asString().endsWith("/login?expired");
        assertThat(Http.session(port, user.username(), "disabled-own-password").lastRedirect)
                .endsWith("/login?error");
        assertThat(Http.token(port, token).get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(admin.page("/admin?q=" + user.username()).body()).contains("已停用");

        admin.form("/admin/users/" + user.username() + "/enabled", Map.of("enabled", "true"), "/admin");
        assertThat(Http.session(port, user.username(), "disabled-own-password").lastRedirect)
                .endsWith("/supervision");
        assertThat(Http.token(port, token).get("/api/v1/me").statusCode())
                .as("a disabled user's tokens were revoked, not just paused")
                .isEqualTo(401);
        assertThat(admin.page("/audit?entity=user&id=" + user.username()).body())
                .contains("停用")
                .contains("启用");
    }

    @Test
    void aResetPasswordIsShownOnceAndMustBeChangedAtTheNextLogin() {
        Actor user = person("reset", Role.VIEWER, null, "reset-own-password");
        Http session = Http.session(port, user.username(), "reset-own-password");
        assertThat(session.page("/home").statusCode()).isEqualTo(200);
        Http admin = adminSession();

        HttpResponse<String> reset = admin.form("/admin/users/" + user.username() + "/password", Map.of(), "/admin");
        assertThat(reset.statusCode()).isEqualTo(302);
        Matcher shown = TEMPORARY.matcher(admin.page("/admin").body());
        assertThat(shown.find())
                .as("the temporary password is on the page after the reset")
                .isTrue();
        String temporary = shown.group(1);
        assertThat(admin.page("/admin").body()).doesNotContain(temporary).doesNotContain("temporary-password");
        assertThat(admin.page("/audit?entity=user&id=" + user.username()).body())
                .contains("重置密码")
                .doesNotContain(temporary);

        assertThat(session.page("/").headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/login?expired");
        assertThat(Http.session(port, user.username(), "reset-own-password").lastRedirect)
                .endsWith("/login?error");
        Http withTemporary = Http.session(port, user.username(), temporary);
        assertThat(withTemporary.lastRedirect).endsWith("/account/password");
        assertThat(withTemporary.page("/tasks").headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/account/password");
        assertThat(withTemporary
                        .form(
                                "/account/password",
                                Map.of("oldPassword", temporary, "newPassword", "chosen-after-reset"),
                                "/account/password")
                        .statusCode())
                .isEqualTo(302);
        assertThat(Http.session(port, user.username(), temporary).lastRedirect).endsWith("/login?error");
        assertThat(Http.session(port, user.username(), "chosen-after-reset").lastRedirect)
                .endsWith("/tasks");
    }

    @Test
    void aUnitOnAnUnknownRegionIsRefusedNamingTheField() {
        Http admin = adminSession();
        Map<String, String> unit =
                Map.of("code", "nowhere-unit", "nameZh", "无处单位", "kind", "county", "region", "999999");
        admin.form("/admin/units", unit, "/admin");
        assertThat(accounts.unit("nowhere-unit")).isEmpty();
        // the refusal is shown once, on the page the form goes back to
        admin.form("/admin/units", unit, "/admin");
        assertThat(admin.page("/admin").body()).contains("字段「所属区划」：999999 不是已知的行政区划");
        admin.english().form("/admin/units", unit, "/admin");
        assertThat(admin.page("/admin").body()).contains("field &quot;Region&quot;: 999999 is not a known region");

        HttpResponse<String> api = Http.token(port, accounts.issueToken(admin(), "admin", "units"))
                .english()
                .json(
                        "POST",
                        "/api/v1/admin/units",
                        "{\"code\":\"nowhere-api\",\"name\":{\"zh\":\"无处\"},\"kind\":\"county\",\"region\":\"999999\"}");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("Region").contains("999999");
        assertThat(accounts.unit("nowhere-api")).isEmpty();

        String code = unit("renamed", "county", "430102");
        admin.form(
                "/admin/units",
                Map.of(
                        "code",
                        code,
                        "nameZh",
                        "芙蓉区人民政府",
                        "nameEn",
                        "Furong District",
                        "kind",
                        "county",
                        "region",
                        "430103"),
                "/admin");
        assertThat(accounts.unit(code))
                .get()
                .isEqualTo(new OrgUnit(code, new LocalizedText("芙蓉区人民政府", "Furong District"), "county", "430103"));
        assertThat(admin.page("/admin?q=Furong").body())
                .contains("Furong District")
                .contains("County government");
    }

    @Test
    void othersAreRefusedInWords() {
        Actor target = person("target", Role.VIEWER, null, "target-own-password");
        Actor coordinator = person("notadmin", Role.COORDINATOR, null, "coordinator-own-password");
        Http session = Http.session(port, coordinator.username(), "coordinator-own-password");
        HttpResponse<String> page = session.page("/admin");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("管理用户").contains("协调员");
        HttpResponse<String> disable =
                session.form("/admin/users/" + target.username() + "/enabled", Map.of("enabled", "false"), "/tasks");
        assertThat(disable.statusCode()).isEqualTo(403);
        assertThat(disable.body()).contains("管理用户");
        assertThat(session.form("/admin/users/" + target.username() + "/password", Map.of(), "/tasks")
                        .statusCode())
                .isEqualTo(403);
        assertThat(accounts.user(target.username()).orElseThrow().enabled()).isTrue();
        assertThat(Http.session(port, target.username(), "target-own-password").lastRedirect)
                .endsWith("/tasks");
    }

    @Test
    void regionGroupsAreListedByName() {
        String zh = Http.anonymous(port).page("/regions").body();
        assertThat(zh).contains("长沙市、").doesNotContain("430100 430200 430300");
        String en = Http.anonymous(port).english().page("/regions").body();
        assertThat(en).containsPattern("Changsha[^<]*, </span>");
    }

    /** The number in a test unit's code: the fixture names unit {@code edit-from-7} "Test unit 7". */
    private static String number(String unit) {
        return unit.substring(unit.lastIndexOf('-') + 1);
    }
}
