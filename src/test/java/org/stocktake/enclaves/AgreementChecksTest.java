package org.stocktake.enclaves;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stocktake.shared.Problem;

/** An agreement is checked whole: every problem, each at its field, or the agreement itself. */
class AgreementChecksTest {

    static final AgreementChecks.Lookups LOOKUPS = new AgreementChecks.Lookups(
            code -> List.of("430100", "433100", "430600").contains(code),
            park -> park.equals("P4") ? Optional.of("433100") : Optional.empty(),
            indicator -> List.of("gdp", "industry_va").contains(indicator));

    private static AgreementChecks.Result check(AgreementDraft d) {
        return AgreementChecks.check(d, (rule, field) -> (rule < 0 ? "" : rule + ".") + field, LOOKUPS);
    }

    private static AgreementDraft draft(
            String host, String park, String from, String to, AgreementDraft.RuleDraft... rules) {
        return new AgreementDraft("A", "430100", host, park, "doc", from, to, List.of(rules));
    }

    @Test
    void aGoodDraftBecomesAnAgreementAndADoubleCountTakesTheWholeFigure() {
        AgreementChecks.Result r = check(draft(
                "433100",
                "P4",
                "2023-07-01",
                "",
                new AgreementDraft.RuleDraft("gdp", "double_count", "", "", ""),
                new AgreementDraft.RuleDraft("industry_va", "increment", "0.5", "2022", "10")));
        assertThat(r.problems()).isEmpty();
        assertThat(r.agreement().validFrom()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(r.agreement().validTo()).isNull();
        assertThat(r.agreement().rules().get(0).senderShare()).isEqualTo(1.0);
        assertThat(r.agreement().rules().get(1).baseValue()).isEqualTo(10.0);
    }

    @Test
    void everyProblemIsNamedAtItsField() {
        AgreementChecks.Result r = check(draft(
                "430600",
                "P4",
                "2024-01-01",
                "2023-12-31",
                new AgreementDraft.RuleDraft("gdp", "proportional", "1.5", "", ""),
                new AgreementDraft.RuleDraft("water", "halves", "0.5", "", ""),
                new AgreementDraft.RuleDraft("industry_va", "increment", "0.5", "2024", "")));
        assertThat(r.agreement()).isNull();
        assertThat(r.problems())
                .extracting(Problem::where)
                .containsExactlyInAnyOrder(
                        "park", "validTo", "0.senderShare", "1.indicator", "1.method", "2.baseValue", "2.baseYear");
        assertThat(r.problems())
                .extracting(Problem::en)
                .anySatisfy(m -> assertThat(m).contains("park P4 lies in 433100, not in the receiving region 430600"))
                .anySatisfy(m ->
                        assertThat(m).contains("base year \"2024\" must be a whole year before the agreement starts"));
    }

    @Test
    void theSameRegionOnBothSidesAndAnUnknownRegionAreRefused() {
        AgreementChecks.Result r = check(new AgreementDraft(
                "A",
                "433100",
                "433100",
                "P4",
                "doc",
                "2023-01-01",
                "",
                List.of(new AgreementDraft.RuleDraft("gdp", "proportional", "0.4", "", ""))));
        assertThat(r.problems()).extracting(Problem::where).containsExactly("host");
        AgreementChecks.Result unknown =
                check(new AgreementDraft("", "999999", "433100", "P4", "", "01/07/2023", "", List.of()));
        assertThat(unknown.problems())
                .extracting(Problem::where)
                .containsExactlyInAnyOrder("name", "sender", "document", "validFrom", "0.indicator");
    }
}
