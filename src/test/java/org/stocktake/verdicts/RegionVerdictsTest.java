package org.stocktake.verdicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.Role;
import org.stocktake.assessment.Figures;
import org.stocktake.assessment.Method;
import org.stocktake.assessment.VerdictClass;
import org.stocktake.observations.ImportRequest;
import org.stocktake.observations.ImportService;
import org.stocktake.observations.Status;
import org.stocktake.shared.InvalidInputException;

/**
 * Verdicts per target × region on the Hunan plan, worked by hand: T13 (urbanisation +1 point a
 * year from 2020 to 2025; the indicator is a weighted mean, so prefectures are benchmarked against
 * it) with an example decomposition giving Changsha its own +0.5 a year, and test values for
 * 2021–2024 (not published statistics). Then: a change recomputes only the pairs it touched, a
 * bad decomposition file is refused whole naming row and column, and only a coordinator or a
 * unit covering the region may import one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegionVerdictsTest extends SupervisionTest {

    private static final String PLAN = "hunan-central-2021";
    private static final String HEADER = "indicator,region,period,value,unit,source,flags\n";

    @Autowired
    VerdictService verdicts;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @TempDir
    static Path dir;

    private Actor coordinator;

    @BeforeAll
    void setUp() throws Exception {
        coordinator = user("dec-co", Role.COORDINATOR, null);
        load(
                "urbanisation.csv",
                HEADER
                        + "urbanisation_rate,430100,2021,83.0,%,test value (not a statistic),\n"
                        + "urbanisation_rate,430100,2022,83.4,%,test value (not a statistic),\n"
                        + "urbanisation_rate,430100,2023,83.8,%,test value (not a statistic),\n"
                        + "urbanisation_rate,430100,2024,84.2,%,test value (not a statistic),\n"
                        + "urbanisation_rate,430200,2021,72.5,%,test value (not a statistic),\n"
                        + "urbanisation_rate,430200,2022,73.7,%,test value (not a statistic),\n"
                        + "urbanisation_rate,430200,2023,74.9,%,test value (not a statistic),\n"
                        + "urbanisation_rate,430200,2024,76.1,%,test value (not a statistic),\n");
        verdicts.decompose(
                coordinator,
                "hunan",
                "t13.csv",
                utf8("target,region,value,year,source,example\nT13,430100,0.5,2025,test decomposition,是\n"));
        awaitListeners();
    }

    private void load(String name, String csv) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, csv);
        imports.importFile(coordinator, ImportRequest.of(file, "region verdicts test", Status.APPROVED));
        awaitListeners();
    }

    private Map<String, RegionVerdict> t13() {
        return verdicts.current(PLAN, "T13", null).stream()
                .filter(v -> v.verdict().method() == Method.SCHEDULE)
                .collect(Collectors.toMap(RegionVerdict::region, v -> v));
    }

    @Test
    @Order(1)
    void eachRegionIsJudgedOnItsOwnTargetOrAgainstTheProvincesAsABenchmark() {
        Map<String, RegionVerdict> t13 = t13();
        // the province (scope) and every one of the 14 prefectures: Changsha on its own target,
        // the 13 others against the province's target
        assertThat(t13).hasSize(15);
        assertThat(t13.get("430000").basis()).isEqualTo(Basis.SCOPE);

        // Changsha, own target +0.5/yr: 82.6 (2020) → 84.2 (2024) is +0.4/yr; the path to
        // 82.6 + 5 × 0.5 = 85.1 is 1.6 / 2.5 = 64% done, 4 / 5 = 80% of the time has gone: 滞后.
        RegionVerdict changsha = t13.get("430100");
        assertThat(changsha.basis()).isEqualTo(Basis.OWN);
        assertThat(changsha.example()).isTrue();
        assertThat(changsha.basisLabel().zh()).isEqualTo("分解目标 示例（非官方）");
        assertThat(changsha.own().value()).isEqualByComparingTo("0.5");
        Figures c = changsha.verdict().verdict().figures();
        assertThat(c.baseValue()).isEqualTo(82.6);
        assertThat(c.latestValue()).isEqualTo(84.2);
        assertThat(c.actualRate()).isCloseTo(0.4, within(1e-9));
        assertThat(c.requiredRate()).isEqualTo(0.5);
        assertThat(c.progress()).isCloseTo(0.64, within(1e-9));
        assertThat(c.schedule()).isCloseTo(0.8, within(1e-9));
        assertThat(changsha.verdict().verdict().verdictClass()).isEqualTo(VerdictClass.LAGGING);
        assertThat(changsha.verdict().inputs()).contains("urbanisation_rate@430100@2024#r1");

        // Zhuzhou, benchmarked against +1/yr: 71.26 → 76.1 is +1.21/yr; the path to 76.26 is
        // 4.84 / 5 = 96.8% done against 80% of the time: ahead of the province's target.
        RegionVerdict zhuzhou = t13.get("430200");
        assertThat(zhuzhou.basis()).isEqualTo(Basis.BENCHMARK);
        assertThat(zhuzhou.basisLabel().zh()).isEqualTo("对标全省目标");
        Figures z = zhuzhou.verdict().verdict().figures();
        assertThat(z.actualRate()).isCloseTo(1.21, within(1e-9));
        assertThat(z.requiredRate()).isEqualTo(1.0);
        assertThat(z.progress()).isCloseTo(0.968, within(1e-9));
        assertThat(zhuzhou.verdict().verdict().verdictClass()).isIn(VerdictClass.AHEAD, VerdictClass.ON_TRACK);

        // Yongzhou has no urbanisation value at all: benchmarked, 数据不足.
        RegionVerdict yongzhou = t13.get("431100");
        assertThat(yongzhou.basis()).isEqualTo(Basis.BENCHMARK);
        assertThat(yongzhou.verdict().verdict().verdictClass()).isEqualTo(VerdictClass.INSUFFICIENT_DATA);

        // T46 (grain functional areas ≥ 3850 万亩) is a total: a prefecture is never benchmarked
        // against it; T10 (R&D growth ≥ 12% a year) is a rate, so it is
        assertThat(verdicts.current(PLAN, null, "430200").stream().map(RegionVerdict::target))
                .contains("T13", "T10")
                .doesNotContain("T46");
        assertThat(verdicts.regionTargets(PLAN))
                .extracting(RegionTarget::target, RegionTarget::region, RegionTarget::example)
                .contains(org.assertj.core.groups.Tuple.tuple("T13", "430100", true));
    }

    @Test
    @Order(2)
    void theRegionsVerdictsAreAlsoJudgedOnDemandForAnyYear() {
        List<RegionVerdict> changsha = verdicts.assess(verdicts.plan("hunan"), 2025, Method.SCHEDULE, "430100");
        RegionVerdict own = changsha.stream()
                .filter(v -> v.target().equals("T13"))
                .findFirst()
                .orElseThrow();
        assertThat(own.basis()).isEqualTo(Basis.OWN);
        assertThat(own.verdict().verdict().figures().progress()).isCloseTo(0.64, within(1e-9));
    }

    private long history() {
        return jdbc.sql("select count(*) from verdicts_snapshot where plan_code = :p")
                .param("p", PLAN)
                .query(Long.class)
                .single();
    }

    /** The pairs whose verdicts were stored (appended to the history) after the given history row. */
    private List<String> changedSince(long id) {
        return jdbc.sql("""
                        select target_code || '@' || region_code || '@' || method from verdicts_snapshot
                        where plan_code = :p and id > :id order by 1
                        """)
                .param("p", PLAN)
                .param("id", id)
                .query(String.class)
                .list();
    }

    private long now() {
        return jdbc.sql("select coalesce(max(id), 0) from verdicts_snapshot")
                .query(Long.class)
                .single();
    }

    @Test
    @Order(3)
    void aChangeRecomputesAndStoresOnlyThePairsWhoseSeriesItTouched() throws Exception {
        long before = history();
        long at = now();
        // Zhuzhou's 2025 urbanisation: only T13 × 430200 rests on it
        load("zhuzhou-2025.csv", HEADER + "urbanisation_rate,430200,2025,77.3,%,test value (not a statistic),\n");
        assertThat(changedSince(at)).containsExactly("T13@430200@SCHEDULE");
        assertThat(history()).isEqualTo(before + 1);
        assertThat(t13().get("430200").verdict().verdict().figures().latestValue())
                .isEqualTo(77.3);

        // a value no target reads (a county's GDP in 2030) stores nothing
        at = now();
        load("county.csv", HEADER + "gdp,430102,2030,1234,,test value (not a statistic),\n");
        assertThat(changedSince(at)).isEmpty();
        assertThat(history()).isEqualTo(before + 1);

        // the province's urbanisation: its own T13 verdict, by both methods; no prefecture's. T13's
        // new verdict turns the lights of the tasks linked to it, and the qualitative targets those
        // tasks also serve are judged again from the lights (TaskLightChanged): in the scope only.
        at = now();
        load("province-2024.csv", HEADER + "urbanisation_rate,430000,2024,62.1,%,test value (not a statistic),\n");
        List<String> stored = changedSince(at);
        assertThat(stored).contains("T13@430000@OPENSDG", "T13@430000@SCHEDULE");
        java.util.Set<String> qualitative = verdicts.plan("hunan").targets().stream()
                .filter(t -> t.kind() == org.stocktake.plan.TargetKind.QUALITATIVE)
                .map(t -> t.code())
                .collect(Collectors.toSet());
        assertThat(stored).filteredOn(s -> !s.startsWith("T13@")).allSatisfy(s -> {
            assertThat(s).contains("@430000@");
            assertThat(qualitative).contains(s.substring(0, s.indexOf('@')));
        });
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @Order(4)
    void aBadDecompositionFileIsRefusedWholeNamingRowAndColumn() {
        List<RegionTarget> before = verdicts.regionTargets(PLAN);
        byte[] file = utf8("""
                target,region,value,year,source,example
                T13,430300,0.8,2025,ok row,
                T99,430400,1,2025,unknown target,
                T13,999999,1,2025,unknown region,
                T13,430500,lots,2025,bad value,
                T13,430600,1,20x5,bad year,
                T13,430700,1,2025,,
                T13,430300,0.9,2025,twice,
                T13,430800,1,2025,bad flag,maybe
                T04,430900,1,2025,qualitative target,
                T13,430000,1,2025,the scope itself,
                """);
        assertThatThrownBy(() -> verdicts.decompose(coordinator, "hunan", "bad.csv", file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.source()).isEqualTo("bad.csv");
                    assertThat(e.problems())
                            .extracting(org.stocktake.shared.Problem::where)
                            .containsExactlyInAnyOrder(
                                    "行 3 列 target",
                                    "行 4 列 region",
                                    "行 5 列 value",
                                    "行 6 列 year",
                                    "行 7 列 source",
                                    "行 8 列 region",
                                    "行 9 列 example",
                                    "行 10 列 target",
                                    "行 11 列 region");
                    assertThat(e.report(java.util.Locale.ENGLISH))
                            .contains("bad.csv: 行 5 列 value: not a finite number: lots")
                            .contains("already appears in row 2");
                });
        assertThat(verdicts.regionTargets(PLAN)).isEqualTo(before);

        assertThatThrownBy(() -> verdicts.decompose(coordinator, "hunan", "cols.csv", utf8("target,region,value\n")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).en()).contains("missing columns: year, source"));
    }

    @Test
    @Order(5)
    void anonymousCallersAndOtherUnitsCannotImportADecomposition() {
        byte[] file = utf8("target,region,value,year,source\nT13,430100,0.7,2025,someone\n");
        List<RegionTarget> before = verdicts.regionTargets(PLAN);

        var anonymous = Http.anonymous(port)
                .english()
                .upload("/api/v1/plans/hunan/decomposition", "d.csv", file, Map.of(), null);
        assertThat(anonymous.statusCode()).isIn(401, 403);

        String zz = unit("dec-zz", "prefecture", "430200");
        Actor zzLiaison = user("dec-zzl", Role.LIAISON, zz);
        var otherUnit = Http.token(port, accounts.issueToken(admin(), zzLiaison.username(), "test"))
                .english()
                .upload("/api/v1/plans/hunan/decomposition", "d.csv", file, Map.of(), null);
        assertThat(otherUnit.statusCode()).as(otherUnit.body()).isEqualTo(403);
        assertThat(otherUnit.body()).contains("430100");

        Actor viewer = user("dec-v", Role.VIEWER, null);
        assertThatThrownBy(() -> verdicts.decompose(viewer, "hunan", "d.csv", file))
                .isInstanceOf(NotPermittedException.class);
        assertThat(verdicts.regionTargets(PLAN)).isEqualTo(before);

        // a bad file through the API: a problem document naming the row and column
        var co = Http.token(port, accounts.issueToken(admin(), coordinator.username(), "test"))
                .english();
        var bad = co.upload(
                "/api/v1/plans/hunan/decomposition",
                "bad.csv",
                utf8("target,region,value,year,source\nT13,430300,x,2025,s\n"),
                Map.of(),
                null);
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body())
                .contains("行 2 列 value")
                .doesNotContain("Exception")
                .doesNotContain("/work");

        // and the verdicts read back through the API carry their basis
        var read = co.get("/api/v1/plans/hunan/verdicts?region=430100&target=T13");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"basis\":\"own\"").contains("\"example\":true");
    }
}
