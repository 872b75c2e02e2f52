package org.stocktake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.stocktake.PlatformTest;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Navigation;
import org.stocktake.accounts.NewUser;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.accounts.Role;
import org.stocktake.accounts.UnitNames;
import org.stocktake.enclaves.AgreementDraft;
import org.stocktake.enclaves.EnclaveService;
import org.stocktake.households.CasesService;
import org.stocktake.households.ClueView;
import org.stocktake.households.HouseholdsService;
import org.stocktake.households.SampleGenerator;
import org.stocktake.shared.LocalizedText;
import org.stocktake.supervision.ProgressService;
import org.stocktake.supervision.Report;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskDraft;
import org.stocktake.supervision.TaskService;
import org.stocktake.supervision.TaskTitles;

/**
 * Every page of the platform, for every role and anonymously, on a 390 px phone and a 1366 px
 * screen, in Chinese and in English: no page is wider than the screen, none shows an ISO time, an
 * internal id, a message key, a code, a badge whose text fails WCAG AA contrast, or (in English) a
 * Chinese name where the data has an English one; no page answers 5xx. The pages are not listed by
 * hand: they are the GET routes of the HTML controllers, read from Spring's handler mapping, each
 * filled with ids of data made here (a route without a sample fails the test, so a new page joins
 * the scan the day it is written).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageBrowserTest extends PlatformTest {

    static final String PASSWORD = "every-page-password";
    static final String PLAN = "hunan-central-2021";
    /** 零陵区, a county no other test uses for households. */
    static final String COUNTY = "431102";

    static final int PHONE = 390;
    static final int DESKTOP = 1366;

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AccountService accounts;

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Autowired
    EnclaveService enclaves;

    @Autowired
    HouseholdsService households;

    @Autowired
    CasesService cases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskTitles taskTitles;

    @Autowired
    UnitNames unitNames;

    @Autowired
    Clock clock;

    /** Users by role; null for the anonymous visitor. */
    private final Map<String, String> users = new LinkedHashMap<>();

    /** The role of each user by role name (absent for the anonymous visitor). */
    private final Map<String, Role> roles = new LinkedHashMap<>();

    /** Sample addresses by route pattern. */
    private final Map<String, List<String>> samples = new LinkedHashMap<>();

    private Browser browser;

    @BeforeAll
    void seed() throws IOException {
        browser = Chromium.browser();
        Actor admin = accounts.actorOf("admin");
        if (accounts.unit("EP-LL").isEmpty()) {
            accounts.saveUnit(
                    admin,
                    new OrgUnit(
                            "EP-LL", new LocalizedText("零陵区人民政府", "Lingling District Government"), "county", COUNTY));
        }
        users.put("anonymous", null);
        account("coordinator", Role.COORDINATOR, null);
        account("liaison", Role.LIAISON, "U-PREF-430100");
        account("head", Role.HEAD, "U-PREF-430100");
        account("leader", Role.LEADER, null);
        account("viewer", Role.VIEWER, null);
        account("admin", Role.ADMIN, null);
        account("village", Role.VILLAGE, "EP-LL");
        account("township", Role.TOWNSHIP, "EP-LL");
        account("county", Role.COUNTY, "EP-LL");

        Actor coordinator = accounts.actorOf(users.get("coordinator"));
        Actor liaison = accounts.actorOf(users.get("liaison"));
        LocalDate today = LocalDate.now(clock);
        Task seeded = tasks.find(coordinator, PLAN, "K03.1").orElseThrow();
        Task made = tasks.find(coordinator, "every-page", "EP1")
                .orElseGet(() -> tasks.create(
                        coordinator,
                        TaskDraft.of(
                                "every-page",
                                "EP1",
                                "长株潭都市圈轨道交通互联互通",
                                "U-PREF-430100",
                                today.minusMonths(4),
                                today.plusMonths(8))));
        if (progress.updates(liaison, made.id()).isEmpty()) {
            progress.submit(liaison, made.id(), new Report(null, "完成线网规划编制", "资金到位偏慢", "推进项目开工", 30));
        }
        if (enclaves.agreements(coordinator).stream().noneMatch(a -> a.name().startsWith("每页测试"))) {
            enclaves.record(
                    coordinator,
                    new AgreementDraft(
                            "每页测试飞地协议",
                            "430100",
                            "433100",
                            "SAMPLE-P4",
                            "长湘飞地合作协议〔2023〕2号",
                            "2023-07-01",
                            // ended before 2024: the 2024 figures other tests check are not moved by it
                            "2023-12-31",
                            List.of(new AgreementDraft.RuleDraft("gdp", "proportional", "0.4", "", ""))));
        }
        String household = householdsOfCounty();
        long procedure = procedure();

        // "/" sends a logged-in user to their landing page (scanned at its own address) and shows
        // everyone else the public home; with a plan asked for, and at /home, anyone reads the home.
        sample("/", "/", "/?plan=" + PLAN);
        sample("/home", "/home", "/home?plan=" + PLAN);
        sample("/plan", "/plan");
        sample("/targets", "/targets");
        sample("/cockpit", "/cockpit");
        sample("/map", "/map", "/map?by=verdict");
        sample("/rankings", "/rankings");
        sample("/matrix", "/matrix");
        sample("/rankings/verdicts", "/rankings/verdicts");
        sample("/regions", "/regions");
        sample("/regions/{code:\\d{6}}", "/regions/430000", "/regions/430100", "/regions/430102");
        sample("/regions/compare", "/regions/compare");
        sample("/indicators/{code}", "/indicators/gdp", "/indicators/gdp?region=430100");
        sample("/evaluation", "/evaluation", "/evaluation?subjects=parks");
        sample("/parks", "/parks");
        sample("/parks/{code}", "/parks/SAMPLE-N1");
        sample("/enclaves", "/enclaves");
        sample("/enclaves/ledger", "/enclaves/ledger", "/enclaves/ledger?year=2024");
        sample("/enclaves/evaluation", "/enclaves/evaluation");
        sample("/reports", "/reports");
        sample("/data", "/data");
        sample("/data/entry", "/data/entry");
        sample("/data/import", "/data/import");
        sample("/data/history", "/data/history?indicator=gdp&region=430100&period=2024");
        sample("/tasks", "/tasks");
        sample("/tasks/{id}", "/tasks/" + seeded.id(), "/tasks/" + made.id());
        sample("/my-unit", "/my-unit");
        sample("/supervision", "/supervision");
        sample("/scores", "/scores");
        sample("/inbox", "/inbox");
        sample("/plan/decomposition", "/plan/decomposition");
        sample("/plan/draft", "/plan/draft");
        sample("/households", "/households", "/households?region=" + COUNTY);
        sample("/households/list", "/households/list");
        sample("/households/{code}", "/households/" + household);
        sample("/households/cases", "/households/cases");
        sample("/households/procedures/{id}", "/households/procedures/" + procedure);
        sample("/login", "/login");
        sample("/account/password", "/account/password");
        sample("/audit", "/audit");
        sample("/admin", "/admin");
        sample("/error", "/no-such-page");
    }

    private void sample(String route, String... addresses) {
        samples.put(route, List.of(addresses));
    }

    private void account(String role, Role kind, String unit) {
        String name = "ep" + users.size();
        users.put(role, name);
        roles.put(role, kind);
        if (accounts.user(name).isEmpty()) {
            accounts.createUser(
                    accounts.actorOf("admin"),
                    new NewUser(name, "测试用户" + users.size(), null, kind, unit, "first-" + PASSWORD));
            accounts.changePassword(name, "first-" + PASSWORD, PASSWORD);
        }
    }

    /** The county's sample households (imported once), clues screened from its sample feeds; one household's code. */
    private String householdsOfCounty() throws IOException {
        Actor county = accounts.actorOf(users.get("county"));
        if (households.households(county).isEmpty()) {
            Path dir = Files.createTempDirectory("every-page-households");
            SampleGenerator.county(dir, COUNTY, 40, LocalDate.now(clock));
            try (InputStream in = Files.newInputStream(dir.resolve("extract.xlsx"))) {
                households.importExtract(county, "extract.xlsx", in);
            }
            try (Stream<Path> feeds = Files.list(dir.resolve("feeds"))) {
                cases.screen(
                        accounts.actorOf(users.get("coordinator")),
                        feeds.sorted().toList());
            }
        }
        return households.households(county).get(0).code();
    }

    /** An identification opened by the village cadre on the county's first clue. */
    private long procedure() {
        Actor village = accounts.actorOf(users.get("village"));
        if (!cases.procedures(village).isEmpty()) {
            return cases.procedures(village).get(0).id();
        }
        List<ClueView> clues = cases.clues(village);
        assertThat(clues).as("clues screened from the sample feeds").isNotEmpty();
        return cases.startIdentification(village, clues.get(0).id());
    }

    /** The GET routes answered with an HTML page: views of the page controllers, not the API, not downloads. */
    private Set<String> pageRoutes() {
        Set<String> routes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            if (!html(e.getValue(), info)) {
                continue;
            }
            info.getPatternValues().stream().filter(p -> !p.startsWith("/api/")).forEach(routes::add);
        }
        return routes;
    }

    private static boolean html(HandlerMethod handler, RequestMappingInfo info) {
        Method method = handler.getMethod();
        if (AnnotatedElementUtils.hasAnnotation(method, ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)) {
            return false;
        }
        Class<?> type = method.getReturnType();
        if (HttpEntity.class.isAssignableFrom(type) || type == byte[].class || type == void.class) {
            return false;
        }
        Set<MediaType> produces = info.getProducesCondition().getProducibleMediaTypes();
        return produces.isEmpty() || produces.stream().anyMatch(MediaType.TEXT_HTML::isCompatibleWith);
    }

    /** Zh names of units, regions, groups, indicators, parks and plan tasks and targets that have an English name. */
    private Set<String> namesWithEnglish() {
        Set<String> names = new LinkedHashSet<>();
        for (String sql : List.of(
                "select name_zh from accounts_unit where coalesce(name_en, '') <> '' and name_en <> name_zh",
                "select name_zh from regions_region where coalesce(name_en, '') <> ''",
                "select name_zh from regions_group where coalesce(name_en, '') <> ''",
                "select name_zh from indicators_indicator where coalesce(name_en, '') <> ''",
                "select name_zh from parks_park where coalesce(name_en, '') <> ''",
                "select body -> 'title' ->> 'zh' from plan_task where coalesce(body -> 'title' ->> 'en', '') <> ''",
                "select body -> 'title' ->> 'zh' from plan_target where coalesce(body -> 'title' ->> 'en', '') <> ''")) {
            jdbc.sql(sql).query(String.class).list().stream()
                    .filter(n -> n != null && !n.isBlank())
                    .forEach(names::add);
        }
        return names;
    }

    @Test
    void taskTitlesAndUnitNamesAreInThePagesLanguageWhereTheDataHasBoth() {
        Actor coordinator = accounts.actorOf(users.get("coordinator"));
        Task seeded = tasks.find(coordinator, PLAN, "K03.1").orElseThrow();
        assertThat(taskTitles.in(seeded, Locale.ENGLISH))
                .isEqualTo("Carry out the \"eight projects\", starting with doubling advanced equipment manufacturing");
        assertThat(taskTitles.in(seeded, Locale.SIMPLIFIED_CHINESE)).isEqualTo("实施先进装备制造业倍增等“八大工程”");
        Task made = tasks.find(coordinator, "every-page", "EP1").orElseThrow();
        assertThat(taskTitles.in(made, Locale.ENGLISH)).isEqualTo("长株潭都市圈轨道交通互联互通");
        assertThat(unitNames.in("U-PREF-430100", Locale.ENGLISH)).isEqualTo("Changsha Municipal People's Government");
        assertThat(unitNames.in("U-PREF-430100", Locale.SIMPLIFIED_CHINESE)).isEqualTo("长沙市人民政府");
        assertThat(unitNames.in("U-NO-SUCH", Locale.ENGLISH)).isEqualTo("U-NO-SUCH");
    }

    @Test
    void everyRouteHasASample() {
        Set<String> routes = pageRoutes();
        assertThat(routes).as("the page routes read from the handler mapping").contains("/", "/tasks/{id}", "/login");
        assertThat(routes)
                .as("page routes with no sample address in this test: add one made from seeded data")
                .allSatisfy(r -> assertThat(samples).containsKey(r));
        assertThat(samples.keySet())
                .as("samples for routes that no longer exist")
                .allSatisfy(r -> assertThat(routes).contains(r));
    }

    @Test
    void noPageForAnyRoleInEitherLanguageShowsWhatAPersonMustNotMeet() throws IOException {
        Set<String> names = namesWithEnglish();
        List<String> addresses = samples.entrySet().stream()
                .filter(e -> pageRoutes().contains(e.getKey()))
                .flatMap(e -> e.getValue().stream())
                .toList();
        Findings found = new Findings();
        int loads = 0;
        for (Map.Entry<String, String> user : users.entrySet()) {
            BrowserContext context = browser.newContext(
                    new Browser.NewContextOptions().setViewportSize(PHONE, 844).setLocale("zh-CN"));
            Page page = context.newPage();
            if (user.getValue() != null) {
                PageChecks.login(page, base(), user.getValue(), PASSWORD);
            }
            for (String lang : List.of("zh-CN", "en")) {
                context.addCookies(List.of(new Cookie("stocktake-lang", lang)
                        .setDomain("localhost")
                        .setPath("/")));
                for (String address : addresses) {
                    if (address.equals("/login") && user.getValue() != null) {
                        continue; // a logged-in user is not sent to the login form
                    }
                    page.setViewportSize(PHONE, 844);
                    Response response = page.navigate(base() + address);
                    loads++;
                    String who = user.getKey() + " " + lang;
                    if (response != null && response.status() >= 500) {
                        found.add(address, "answered " + response.status(), "", who, PHONE);
                    }
                    if (address.equals("/") && user.getValue() != null) {
                        // the start address of a logged-in user: their landing page, scanned at its own address
                        String landing = Navigation.landing(roles.get(user.getKey()));
                        String at = page.url().replaceFirst("^https?://[^/]+", "");
                        if (!at.equals(landing)) {
                            found.add(address, "not sent to the landing page " + landing, at, who, PHONE);
                        }
                        continue;
                    }
                    found.addAll(address, PageChecks.problems(page, names), who, PHONE);
                    page.setViewportSize(DESKTOP, 900);
                    found.addAll(address, PageChecks.problems(page, names), who, DESKTOP);
                }
            }
            context.close();
        }
        String report = found.report();
        Path out = Path.of("target/every-page-problems.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(loads).isGreaterThan(addresses.size());
        assertThat(found.isEmpty())
                .as("what a person must not meet (" + out + "), by page and kind, with who met it:\n"
                        + report.substring(0, Math.min(report.length(), 30_000)))
                .isTrue();
    }

    /** What the pages showed, by address and kind: the values, and the roles, languages and widths that met them. */
    static final class Findings {

        private record Seen(Set<String> values, Set<String> roles, Set<String> languages, Set<Integer> widths) {}

        private final Map<String, Seen> byPlace = new TreeMap<>();

        /** Problems as PageChecks words them: {@code where: kind: value}. */
        void addAll(String address, List<String> problems, String who, int width) {
            for (String p : problems) {
                String[] parts = p.split(": ", 3);
                add(address, parts.length > 1 ? parts[1] : p, parts.length > 2 ? parts[2] : "", who, width);
            }
        }

        void add(String address, String kind, String value, String who, int width) {
            Seen seen = byPlace.computeIfAbsent(
                    address + " | " + kind,
                    k -> new Seen(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>()));
            seen.values().add(value);
            String[] roleAndLanguage = who.split(" ");
            seen.roles().add(roleAndLanguage[0]);
            seen.languages().add(roleAndLanguage[1]);
            seen.widths().add(width);
        }

        boolean isEmpty() {
            return byPlace.isEmpty();
        }

        String report() {
            StringBuilder out = new StringBuilder();
            byPlace.forEach((place, seen) -> {
                List<String> values = List.copyOf(seen.values());
                out.append(place)
                        .append(" | ")
                        .append(String.join("; ", values.subList(0, Math.min(5, values.size()))))
                        .append(values.size() > 5 ? "; … " + (values.size() - 5) + " more" : "")
                        .append(" | ")
                        .append(String.join(",", seen.roles()))
                        .append(" | ")
                        .append(String.join(",", seen.languages()))
                        .append(" | ")
                        .append(seen.widths())
                        .append('\n');
            });
            return out.toString();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
