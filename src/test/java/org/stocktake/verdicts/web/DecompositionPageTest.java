package org.stocktake.verdicts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;
import org.stocktake.verdicts.RegionTarget;
import org.stocktake.verdicts.VerdictService;

/**
 * The decomposition page over real HTTP with sessions and CSRF: a login is needed to see it, a
 * role that may not decompose is refused in words (by the service), a bad file is refused whole
 * with every problem named by row and column, and a good one is imported; its example targets are
 * then labelled 示例（非官方） on the matrix and on the region's page, and the region is judged on
 * its own target there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DecompositionPageTest extends SupervisionTest {

    private static final String PAGE = "/plan/decomposition";

    @LocalServerPort
    int port;

    @Autowired
    VerdictService verdicts;

    private Actor coordinator;
    private Actor viewer;
    private final Map<String, Http> sessions = new HashMap<>();

    @BeforeAll
    void users() {
        coordinator = user("dp-co", Role.COORDINATOR, null);
        viewer = user("dp-v", Role.VIEWER, null);
    }

    private Http pages(Actor who) {
        return sessions.computeIfAbsent(who.username(), name -> {
            accounts.changePassword(name, PASSWORD, PASSWORD + "!");
            return Http.session(port, name, PASSWORD + "!");
        });
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private long t05Targets() {
        return verdicts.regionTargets("hunan-central-2021").stream()
                .filter(t -> t.target().equals("T05"))
                .count();
    }

    @Test
    @Order(1)
    void theFormNeedsALoginAndIsRefusedInWordsToARoleThatMayNotDecompose() {
        HttpResponse<String> anonymous = Http.anonymous(port).page(PAGE);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).get().asString().endsWith("/login");

        HttpResponse<String> refused = pages(viewer).page(PAGE + "?lang=zh-CN");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("id=\"refused\"", "导入目标分解").doesNotContain("id=\"upload\"");

        HttpResponse<String> form = pages(coordinator).page(PAGE + "?lang=zh-CN");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body())
                .contains("id=\"upload\"", "enctype=\"multipart/form-data\"", "target（目标代码）")
                .contains("常住人口城镇化率年均提高1个百分点以上");
    }

    @Test
    @Order(2)
    void anUploadByARoleThatMayNotDecomposeIsRefusedAndNothingIsStored() {
        long before = t05Targets();
        HttpResponse<String> r = pages(viewer)
                .upload(
                        PAGE + "?lang=zh-CN",
                        "d.csv",
                        utf8("target,region,value,year,source\nT05,431200,28,2025,s\n"),
                        Map.of(),
                        "/");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("导入目标分解");
        assertThat(t05Targets()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void aBadFileIsRefusedWholeEveryProblemNamedByRowAndColumn() {
        long before = t05Targets();
        String file = """
                target,region,value,year,source,example
                T05,431200,28,2025,fine,是
                T05,431300,lots,2025,bad value,
                T05,999999,27,2025,unknown region,
                T05,431300,27,20x5,bad year,
                """;
        HttpResponse<String> r = pages(coordinator).upload(PAGE + "?lang=zh-CN", "bad.csv", utf8(file), Map.of(), "/");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body())
                .contains("文件 bad.csv 有 4 处问题，没有导入任何内容")
                .contains("行 3 列 value: 不是有限数值：lots")
                .contains("行 4 列 region: 没有区划 999999")
                .contains("行 5 列 year: 年份应为")
                .contains("行 5 列 region: 目标 T05 区划 431300 已在第 3 行出现")
                .doesNotContain("Exception");
        assertThat(t05Targets()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void aGoodFileIsImportedAndItsExampleTargetsAreLabelledOnTheMatrixAndTheRegionPage() {
        String file = """
                target,region,value,year,source,example
                T05,431200,28,2025,示例（非官方）：演示用的编造数值,是
                """;
        HttpResponse<String> r = pages(coordinator).upload(PAGE + "?lang=zh-CN", "t05.csv", utf8(file), Map.of(), "/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("id=\"done\"", "已导入 1 个区域目标（制造业增加值占地区生产总值比重达到30%）")
                .contains("id=\"region-targets\"", "怀化市", "本区域目标 28%（2025年）", ">示例（非官方）<");
        assertThat(verdicts.regionTargets("hunan-central-2021"))
                .extracting(RegionTarget::target, RegionTarget::region, RegionTarget::example)
                .contains(org.assertj.core.groups.Tuple.tuple("T05", "431200", true));
        awaitListeners();

        String matrix = Http.anonymous(port).page("/matrix?lang=zh-CN").body();
        assertThat(matrix).contains("id=\"matrix-example\"");
        assertThat(matrix)
                .containsPattern("(?s)<tr data-code=\"431200\">.*?data-target=\"T05\"[^>]*data-basis=\"own\".*?"
                        + "分解目标 示例（非官方）.*?本区域目标 28%（2025年）");

        String region = Http.anonymous(port).page("/regions/431200?lang=zh-CN").body();
        assertThat(region).contains("id=\"region-example\"");
        assertThat(region).containsPattern("(?s)data-target=\"T05\".*?分解目标 示例（非官方）.*?本区域目标 28%（2025年）");
        assertThat(Http.anonymous(port).page("/regions/431200?lang=en").body())
                .contains("decomposed target example (not official)", "own target 28% by 2025");
    }

    @Test
    @Order(5)
    void oneRegionTargetIsSetFromTheFormKeepingTheOthersAndWhatWasTypedWhenRefused() {
        Map<String, String> bad =
                Map.of("target", "T05", "region", "431300", "value", "lots", "year", "2025", "source", "typed source");
        HttpResponse<String> refused = pages(coordinator).form(PAGE + "/region?lang=zh-CN", bad, "/");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"form-problems\"", "value: 不是有限数值：lots")
                .contains("value=\"lots\"", "value=\"typed source\"")
                .containsPattern("<option value=\"431300\" selected=\"selected\">");
        assertThat(verdicts.regionTargets("hunan-central-2021"))
                .extracting(RegionTarget::target, RegionTarget::region)
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("T05", "431300"));

        HttpResponse<String> viewerTry = pages(viewer)
                .form(
                        PAGE + "/region?lang=zh-CN",
                        Map.of("target", "T05", "region", "431300", "value", "27", "year", "2025", "source", "s"),
                        "/");
        assertThat(viewerTry.statusCode()).isEqualTo(403);

        Map<String, String> good = Map.of(
                "target", "T05", "region", "431300", "value", "27.5", "year", "2025", "source", "某文件", "example",
                "true");
        HttpResponse<String> done = pages(coordinator).form(PAGE + "/region?lang=zh-CN", good, "/");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("id=\"done\"", "娄底市", "本区域目标 27.5%（2025年）");
        // Huaihua's target from the file is kept
        assertThat(verdicts.regionTargets("hunan-central-2021"))
                .extracting(RegionTarget::target, RegionTarget::region, RegionTarget::example)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("T05", "431200", true),
                        org.assertj.core.groups.Tuple.tuple("T05", "431300", true));
    }
}
