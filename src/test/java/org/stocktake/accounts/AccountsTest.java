package org.stocktake.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;

/** Login, first administrator, lockout, tokens, the user workbook and the append-only audit log. */
class AccountsTest extends SupervisionTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditService audit;

    @Test
    void theFirstAdministratorMustChangeThePasswordBeforeAnythingElse() {
        Http admin = Http.session(port, "admin", ADMIN_PASSWORD);
        assertThat(admin.lastRedirect).endsWith("/account/password");
        HttpResponse<String> tasks = admin.get("/tasks");
        assertThat(tasks.statusCode()).isEqualTo(302);
        assertThat(tasks.headers().firstValue("Location")).get().asString().endsWith("/account/password");
        HttpResponse<String> tooShort = admin.form(
                "/account/password",
                Map.of("oldPassword", ADMIN_PASSWORD, "newPassword", "short"),
                "/account/password");
        Matcher error = Pattern.compile("<pre class=\"error\">([^<]*)</pre>").matcher(tooShort.body());
        assertThat(error.find()).as("the page shows the refusal").isTrue();
        assertThat(error.group(1)).contains("密码至少 10 个字符");
        HttpResponse<String> changed = admin.form(
                "/account/password",
                Map.of("oldPassword", ADMIN_PASSWORD, "newPassword", "the-new-admin-password"),
                "/account/password");
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(admin.get("/tasks").statusCode()).isEqualTo(200);
        assertThat(accounts.user("admin").orElseThrow().mustChangePassword()).isFalse();
        assertThat(Http.session(port, "admin", "the-new-admin-password").lastRedirect)
                .endsWith("/admin");
    }

    @Test
    void repeatedFailuresLockTheAccount() {
        Actor user = user("lock", Role.VIEWER, null);
        for (int i = 0; i < 5; i++) {
            assertThat(Http.session(port, user.username(), "wrong-password").lastRedirect)
                    .endsWith("/login?error");
        }
        assertThat(Http.session(port, user.username(), PASSWORD).lastRedirect).endsWith("/login?locked");
        assertThat(audit.find("user", user.username(), null))
                .anyMatch(e -> e.action().equals("lock"));
    }

    @Test
    void passwordsAreStoredHashed() {
        Actor user = user("hash", Role.VIEWER, null);
        String hash = jdbc.sql("select password_hash from accounts_user where username = :u")
                .param("u", user.username())
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
    }

    @Test
    void writesNeedALoginOrATokenWhileOpenDataStaysOpen() {
        Http anonymous = Http.anonymous(port);
        assertThat(anonymous.get("/api/v1/regions").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/api/v1/tasks").statusCode()).isEqualTo(401);
        assertThat(anonymous.json("POST", "/api/v1/tasks", "{}").statusCode()).isIn(401, 403);
        HttpResponse<String> board = anonymous.page("/tasks");
        assertThat(board.statusCode()).isEqualTo(302);
        assertThat(board.headers().firstValue("Location")).get().asString().endsWith("/login");

        Actor viewer = user("tok", Role.VIEWER, null);
        String token = accounts.issueToken(admin(), viewer.username(), "robot");
        assertThat(Http.token(port, token).get("/api/v1/me").body()).contains(viewer.username());
        assertThat(Http.token(port, token + "x").get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from accounts_token where token_hash = :t")
                        .param("t", token)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(Http.token(port, token)
                        .json("DELETE", "/api/v1/admin/tokens/" + viewer.username(), null)
                        .body())
                .contains("\"revoked\":1");
        assertThat(Http.token(port, token).get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionWriteWithoutTheCsrfTokenIsRefused() {
        Actor coordinator = user("csrf", Role.COORDINATOR, null);
        accounts.changePassword(coordinator.username(), PASSWORD, PASSWORD + "2");
        Http session = Http.session(port, coordinator.username(), PASSWORD + "2");
        assertThat(session.json("POST", "/api/v1/tasks", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void theUserWorkbookImportsUnitsAndUsersOrReportsEveryError() {
        byte[] good = workbook(
                new String[][] {
                    {"代码", "名称", "英文名称", "类型", "区划代码"}, {"wb-xiangtan", "湘潭市人民政府", "Xiangtan", "prefecture", "430300"}
                },
                new String[][] {
                    {"用户名", "姓名", "邮箱", "角色", "单位", "初始密码"},
                    {"wb-liaison", "联络员", "l@example.org", "liaison", "wb-xiangtan", PASSWORD}
                });
        assertThat(accounts.importWorkbook(admin(), "users.xlsx", new ByteArrayInputStream(good)))
                .isEqualTo(2);
        Actor liaison = accounts.actorOf("wb-liaison");
        assertThat(liaison.region()).isEqualTo("430300");
        assertThat(accounts.user("wb-liaison").orElseThrow().mustChangePassword())
                .isTrue();

        byte[] bad = workbook(
                new String[][] {{"代码", "名称", "英文名称", "类型", "区划代码"}, {"wb-bad", "坏单位", "", "planet", "43"}},
                new String[][] {
                    {"用户名", "姓名", "邮箱", "角色", "单位", "初始密码"},
                    {"wb-liaison", "重名", "", "liaison", "wb-xiangtan", PASSWORD},
                    {"wb-x", "", "not-an-email", "king", "", "short"}
                });
        assertThatThrownBy(() -> accounts.importWorkbook(admin(), "bad.xlsx", new ByteArrayInputStream(bad)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(Problem::where)
                        .contains("单位 行 2", "用户 行 2", "用户 行 3 列 D", "用户 行 3")
                        .hasSizeGreaterThanOrEqualTo(6));
        assertThat(accounts.unit("wb-bad")).isEmpty();
        assertThat(accounts.user("wb-x")).isEmpty();
    }

    @Test
    void theAuditLogIsAppendOnly() {
        user("audit", Role.VIEWER, null);
        assertThatThrownBy(() -> jdbc.sql("update accounts_audit set actor = 'someone else'")
                        .update())
                .hasMessageContaining("accounts_audit");
        assertThatThrownBy(() -> jdbc.sql("delete from accounts_audit").update())
                .hasMessageContaining("accounts_audit");
        assertThat(audit.exportCsv("user", null, null)).startsWith("id,at,actor,entity,entity_id,action,before,after");
    }

    private static byte[] workbook(String[][] units, String[][] users) {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            fill(book.createSheet("单位"), units);
            fill(book.createSheet("用户"), users);
            book.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void fill(org.apache.poi.ss.usermodel.Sheet sheet, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
    }
}
