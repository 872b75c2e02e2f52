package org.stocktake.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.accounts.Role;
import org.stocktake.shared.LocalizedText;

/**
 * Each role's menu, header and landing page over HTTP: the menu lists exactly the pages the role may
 * use (each of which then opens), grouped; the header names the user and their unit, never a code;
 * anonymous callers see 登录 and no 退出; after login (and at {@code /}) each role lands on its page.
 */
class RoleNavigationTest extends SupervisionTest {

    private static final AtomicInteger UNITS = new AtomicInteger();

    static final List<String> PUBLIC = List.of(
            "/home",
            "/cockpit",
            "/plan",
            "/targets",
            "/matrix",
            "/map",
            "/rankings",
            "/regions",
            "/evaluation",
            "/parks",
            "/reports");

    private static final Pattern NAV = Pattern.compile("<nav id=\"nav\".*?</nav>", Pattern.DOTALL);
    private static final Pattern ENTRY = Pattern.compile("data-nav=\"([^\"]+)\"");
    private static final Pattern GROUP = Pattern.compile("class=\"nav-group-name\">([^<]+)<");

    @LocalServerPort
    int port;

    /** A role, the pages it may use beyond the public ones, and where it lands. */
    record Case(Role role, String region, List<String> beyond, String landing) {}

    static final List<Case> CASES = List.of(
            new Case(
                    Role.COORDINATOR,
                    null,
                    List.of("/tasks", "/supervision", "/scores", "/inbox", "/data", "/households", "/enclaves"),
                    "/supervision"),
            new Case(
                    Role.LIAISON,
                    "430600",
                    List.of("/my-unit", "/tasks", "/supervision", "/scores", "/inbox", "/data", "/enclaves"),
                    "/my-unit"),
            new Case(
                    Role.HEAD,
                    "430600",
                    List.of("/my-unit", "/tasks", "/supervision", "/scores", "/inbox", "/data", "/enclaves"),
                    "/my-unit"),
            new Case(
                    Role.LEADER,
                    null,
                    List.of("/tasks", "/supervision", "/scores", "/inbox", "/data", "/enclaves"),
                    "/cockpit"),
            new Case(Role.VIEWER, null, List.of("/tasks", "/supervision", "/scores", "/inbox"), "/tasks"),
            new Case(Role.ADMIN, null, List.of("/inbox", "/audit", "/admin"), "/admin"),
            new Case(Role.COUNTY, "430121", List.of("/inbox", "/households"), "/households"));

    /** A unit with a real name in both languages (the code is never shown). */
    String namedUnit(String region) {
        String code = "navunit" + UNITS.incrementAndGet() + "x" + System.nanoTime() % 100000;
        accounts.saveUnit(
                admin(),
                new OrgUnit(
                        code,
                        new LocalizedText("岳阳市发展和改革委员会", "Yueyang Development Commission"),
                        "department",
                        region));
        return code;
    }

    static Set<String> menu(String html) {
        Matcher nav = NAV.matcher(html);
        Set<String> entries = new TreeSet<>();
        if (nav.find()) {
            Matcher entry = ENTRY.matcher(nav.group());
            while (entry.find()) {
                entries.add(entry.group(1));
            }
        }
        return entries;
    }

    static List<String> groups(String html) {
        Matcher g = GROUP.matcher(html);
        List<String> names = new ArrayList<>();
        while (g.find()) {
            names.add(g.group(1));
        }
        return names;
    }

    @Test
    void anonymousCallersSeeThePublicPagesAndLogInButNoLogOut() {
        Http anonymous = Http.anonymous(port);
        HttpResponse<String> home = anonymous.page("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(menu(home.body())).isEqualTo(new TreeSet<>(PUBLIC));
        assertThat(home.body())
                .contains("id=\"login\"")
                .doesNotContain("id=\"logout\"")
                .doesNotContain("退出");
        assertThat(groups(home.body())).containsExactly("计划与目标", "数据", "评价与报告");
    }

    @Test
    void eachRoleSeesExactlyWhatItMayUseItsNameAndUnitAndLandsOnItsPage() {
        clock().set(LocalDate.of(2026, 3, 3));
        List<String> wrong = new ArrayList<>();
        for (Case c : CASES) {
            String unit = c.region() == null ? null : namedUnit(c.region());
            Actor user = user("nav", c.role(), unit);
            Http session = Http.session(port, user.username(), PASSWORD);
            assertThat(session.lastRedirect).endsWith("/account/password");
            HttpResponse<String> changed = session.form(
                    "/account/password",
                    Map.of("oldPassword", PASSWORD, "newPassword", PASSWORD + "-new"),
                    "/account/password");
            assertThat(changed.headers().firstValue("Location"))
                    .get()
                    .asString()
                    .endsWith("/");
            HttpResponse<String> start = session.page("/");
            assertThat(start.statusCode()).as(c.role() + " at /").isEqualTo(302);
            assertThat(start.headers().firstValue("Location"))
                    .as(c.role() + " lands")
                    .get()
                    .asString()
                    .endsWith(c.landing());
            assertThat(Http.session(port, user.username(), PASSWORD + "-new").lastRedirect)
                    .as(c.role() + " lands after login")
                    .endsWith(c.landing());

            HttpResponse<String> landing = session.page(c.landing());
            assertThat(landing.statusCode()).as(c.role() + " " + c.landing()).isEqualTo(200);
            String html = landing.body();
            Set<String> expected = new TreeSet<>(PUBLIC);
            expected.addAll(c.beyond());
            assertThat(menu(html)).as(c.role() + "'s menu").isEqualTo(expected);
            assertThat(html).as(c.role() + " header").contains("id=\"who-name\">用户 " + user.username() + "<");
            assertThat(html).contains("id=\"logout\"").doesNotContain("id=\"login\"");
            if (unit != null) {
                assertThat(html).contains("id=\"who-unit\">岳阳市发展和改革委员会<");
                assertThat(session.english().page(c.landing()).body())
                        .contains("id=\"who-unit\">Yueyang Development Commission<");
            } else {
                assertThat(html).doesNotContain("id=\"who-unit\"");
            }
            assertThat(html).doesNotContain(">" + unit + "<");
            for (String page :
                    Stream.concat(PUBLIC.stream(), c.beyond().stream()).toList()) {
                int status = session.page(page).statusCode();
                if (status != 200) {
                    wrong.add(c.role() + " " + page + " answers " + status);
                }
            }
        }
        assertThat(wrong).as("every entry a role is shown opens for it").isEmpty();
    }
}
