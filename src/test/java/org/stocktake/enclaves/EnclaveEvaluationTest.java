package org.stocktake.enclaves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stocktake.PlatformTest;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NewUser;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.Role;
import org.stocktake.evaluation.CompositeResult;
import org.stocktake.evaluation.CompositeService;

/**
 * The prefectures' composite on either view. An agreement gives 株洲市 (430200) half of the GDP of
 * the sample park 示例高新区乙 in 衡阳市 (430400): 228.0 in 2024, so 114.0 moves. The statistical view
 * stays the published evaluation (the same as one computed with nothing moved); the assessment view
 * raises 株洲市's score, lowers 衡阳市's, names the agreement, and is refused to a viewer.
 */
class EnclaveEvaluationTest extends PlatformTest {

    @Autowired
    EnclaveService enclaves;

    @Autowired
    CompositeService composite;

    @Autowired
    AccountService accounts;

    @Autowired
    org.stocktake.reports.ReportService reports;

    private Actor coordinator() {
        if (accounts.user("enclave-evaluator").isEmpty()) {
            accounts.createUser(
                    accounts.actorOf("admin"),
                    new NewUser("enclave-evaluator", "评价", null, Role.COORDINATOR, null, "a-long-enough-password"));
        }
        return accounts.actorOf("enclave-evaluator");
    }

    private static Map<String, Double> scores(CompositeResult r) {
        return r.rows().stream()
                .filter(x -> x.score() != null)
                .collect(Collectors.toMap(CompositeResult.Row::code, CompositeResult.Row::score));
    }

    @Test
    void theStatisticalViewIsThePublishedEvaluationAndTheAssessmentViewMovesTheAgreedParts() {
        Actor coordinator = coordinator();
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        // the year the sample park's figures are for, asked for by name: other tests may publish later values
        int year = 2024;
        Map<String, Double> before = scores(
                enclaves.evaluation(coordinator, View.STATISTICAL, year, zh).result());
        enclaves.record(
                coordinator,
                new AgreementDraft(
                        "株衡飞地协议（测试）",
                        "430200",
                        "430400",
                        "SAMPLE-P2",
                        "株衡合作协议",
                        "2020-01-01",
                        "",
                        List.of(new AgreementDraft.RuleDraft("gdp", "proportional", "0.5", "", ""))));

        EnclaveService.ViewedEvaluation statistical = enclaves.evaluation(coordinator, View.STATISTICAL, year, zh);
        assertThat(statistical.notForPublication()).isFalse();
        assertThat(scores(statistical.result()))
                .isEqualTo(before)
                .isEqualTo(scores(composite.prefectures(zh, year, (i, r, y) -> 0)));
        // the views of the latest year: the statistical one is the published evaluation itself
        assertThat(scores(enclaves.evaluation(coordinator, View.STATISTICAL, zh).result()))
                .isEqualTo(scores(composite.prefectures(zh)));
        assertThat(enclaves.evaluation(coordinator, View.ASSESSMENT, zh)
                        .result()
                        .period())
                .isEqualTo(composite.prefectures(zh).period());

        EnclaveService.ViewedEvaluation assessment = enclaves.evaluation(coordinator, View.ASSESSMENT, year, zh);
        assertThat(assessment.notForPublication()).isTrue();
        assertThat(assessment.result().period())
                .isEqualTo(statistical.result().period())
                .isEqualTo("2024");
        Map<String, Double> moved = scores(assessment.result());
        assertThat(moved.get("430200")).isGreaterThan(before.get("430200"));
        assertThat(moved.get("430400")).isLessThan(before.get("430400"));
        assertThat(assessment.changed())
                .filteredOn(l -> l.indicator().equals("gdp") && l.region().equals("430200"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.adjustment()).isCloseTo(114.0, org.assertj.core.api.Assertions.within(1e-9));
                    assertThat(l.splits()).extracting(s -> s.agreement().name()).contains("株衡飞地协议（测试）");
                });

        // the evaluation report is on the statistical view and says which agreements it leaves out
        String report = reports.evaluation(null, 2024, zh).blocks().stream()
                .map(String::valueOf)
                .collect(Collectors.joining("\n"));
        assertThat(report).contains("统计口径（在地统计）", "株衡飞地协议（测试）：株洲市 → 衡阳市（地区生产总值）");

        Actor viewer = new Actor("viewer-x", Role.VIEWER, null, null);
        assertThatThrownBy(() -> enclaves.evaluation(viewer, View.ASSESSMENT, zh))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> enclaves.evaluation(viewer, View.ASSESSMENT, year, zh))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> enclaves.ledger(viewer, 2024, View.ASSESSMENT))
                .isInstanceOf(NotPermittedException.class);
    }
}
