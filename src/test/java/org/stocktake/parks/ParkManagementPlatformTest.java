package org.stocktake.parks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.PlatformTest;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NewUser;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.Role;
import org.stocktake.shared.InvalidInputException;

/**
 * Three consecutive years of the shipped sample parks, evaluated by a coordinator, produce the
 * decisions the shipped rules imply, and the park pages show them. The sample values are built so
 * that each park's place is plain (a better park is better on every indicator): among the
 * national development zones N4 is last in 2022 and 2023 and N3 last in 2024; among the
 * provincial high-tech zones P4 is last all three years, P1 first in 2022 and 2023, P2 first in
 * 2024. So: 2022 P1 upgrade; 2023 N4 and P4 warned, P1 upgrade; 2024 P4 downgrade or exit (not a
 * second warning), P2 upgrade; N3 (last once) and N4 (no longer last) nothing.
 */
class ParkManagementPlatformTest extends PlatformTest {

    static final String DOCUMENT = "湘园评〔2025〕1号（示例）";

    @LocalServerPort
    int port;

    @Autowired
    ParkService parks;

    @Autowired
    AccountService accounts;

    private Actor coordinator() {
        String name = "parks-coordinator";
        if (accounts.user(name).isEmpty()) {
            accounts.createUser(
                    accounts.actorOf("admin"),
                    new NewUser(name, "园区评价员甲", null, Role.COORDINATOR, null, "a-long-enough-password"));
        }
        return accounts.actorOf(name);
    }

    private static List<String> decisions(ParkService.Run run) {
        return run.decisions().stream().map(d -> d.park() + ":" + d.action()).toList();
    }

    @Test
    void threeYearsOfSampleDataProduceTheDecisionsTheRulesImplyAndTheParkPageShowsThem() {
        Actor coordinator = coordinator();
        assertThat(parks.registry()).hasSize(8).allMatch(Park::sample);

        ParkService.Run y2022 = parks.evaluate(coordinator, 2022, DOCUMENT);
        ParkService.Run y2023 = parks.evaluate(coordinator, 2023, DOCUMENT);
        ParkService.Run y2024 = parks.evaluate(coordinator, 2024, DOCUMENT);

        assertThat(decisions(y2022)).containsExactly("SAMPLE-P1:upgrade_recommendation");
        assertThat(decisions(y2023))
                .containsExactly("SAMPLE-N4:warning", "SAMPLE-P1:upgrade_recommendation", "SAMPLE-P4:warning");
        assertThat(decisions(y2024)).containsExactly("SAMPLE-P2:upgrade_recommendation", "SAMPLE-P4:downgrade_or_exit");
        assertThat(y2024.decisions()).allSatisfy(d -> {
            assertThat(d.decidedBy()).isEqualTo("parks-coordinator");
            assertThat(d.document()).isEqualTo(DOCUMENT);
        });
        assertThat(y2024.scores())
                .filteredOn(s -> s.park().equals("SAMPLE-P4"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.peerRank()).isEqualTo(4);
                    assertThat(s.peerSize()).isEqualTo(4);
                    assertThat(s.peerGroup()).isEqualTo("provincial/htz");
                });

        Http anonymous = Http.anonymous(port);
        HttpResponse<String> page = anonymous.page("/parks/SAMPLE-P4?lang=zh-CN");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("示例高新区丁（模拟数据）", "样例数据（模拟数据）", "预警", "降级或退出", DOCUMENT, "园区评价员甲")
                .contains("第 4 名 / 共 4 个")
                .doesNotContain(">downgrade_or_exit<", ">upgrade_recommendation<", ">warning<")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");
        HttpResponse<String> english = anonymous.page("/parks/SAMPLE-P4?lang=en");
        assertThat(english.body()).contains("Downgrade or exit", "Warning", "4 of 4", "Sample data (simulated)");
        assertThat(anonymous.page("/parks?lang=zh-CN").body()).contains("样例数据（模拟数据）", "示例经开区甲（模拟数据）", "2024 降级或退出");
        assertThat(anonymous.page("/parks/NO-SUCH-PARK").statusCode()).isEqualTo(404);
        HttpResponse<String> api = anonymous.get("/api/v1/parks/SAMPLE-P4");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"action\":\"downgrade_or_exit\"", "\"peerRank\":4", "\"sample\":true");
        assertThat(anonymous.get("/api/v1/parks/NO-SUCH-PARK").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyACoordinatorRunsTheEvaluationAndADocumentIsRequired() {
        Actor viewer = new Actor("someone", Role.VIEWER, null, null);
        assertThatThrownBy(() -> parks.evaluate(viewer, 2024, DOCUMENT)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> parks.evaluate(coordinator(), 2024, " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> parks.evaluate(coordinator(), 2031, DOCUMENT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2031");
    }

    @Test
    void aRefusedImportNamesRowAndColumnAndWritesNothing() {
        String csv = "park,indicator,year,value\nSAMPLE-N1,plan_fit,2025,70\nSAMPLE-X9,plan_fit,2025,abc\n";
        assertThatThrownBy(() -> parks.importValues(coordinator(), "values.csv", csv))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.report(java.util.Locale.ENGLISH))
                                .contains("values.csv: 行 3 列 park: unknown park \"SAMPLE-X9\"")
                                .contains("values.csv: 行 3 列 value: \"abc\" is not a number"));
        assertThat(parks.value("SAMPLE-N1", "plan_fit", 2025)).isEmpty();
    }
}
