package org.stocktake.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.AuditService;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.Role;
import org.stocktake.shared.InvalidInputException;

/**
 * Provenance of published values through the real service and database: a class C value is
 * shown by the published read but left out of the reads verdicts use until someone allowed to
 * confirms it; the confirmation is a new revision and is audited.
 */
class ProvenanceTest extends ImportTestSupport {

    private static final Actor LIAISON = new Actor("liaison-p", Role.LIAISON, "U-CS", "430100");
    private static final Actor OTHER_HEAD = new Actor("other-head-p", Role.HEAD, "U-ZZ", "430200");

    @Autowired
    AuditService audit;

    private void storeC(ObservationKey key, String value) {
        observations.store(
                "provenance-test.csv",
                List.of(new Observation(
                        key.indicator(),
                        key.region(),
                        key.period(),
                        new BigDecimal(value),
                        "亿元",
                        "aggregator page",
                        0,
                        Provenance.published("某县:" + value + "亿元", Reliability.C))),
                List.of("row 2"));
    }

    @Test
    void aClassCValueDrivesNothingUntilConfirmedAndTheConfirmationIsAudited() {
        ObservationKey key = new ObservationKey("gdp", "430111", "2019");
        storeC(key, "1234.5");

        assertThat(observations.find("gdp", "430111")).noneMatch(o -> o.period().equals("2019"));
        assertThat(observations.all())
                .noneMatch(o -> o.region().equals("430111") && o.period().equals("2019"));
        assertThat(observations.published("gdp", "430111"))
                .filteredOn(o -> o.period().equals("2019"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.reliability()).isEqualTo(Reliability.C);
                    assertThat(o.quote()).isEqualTo("某县:1234.5亿元");
                    assertThat(o.usable()).isFalse();
                    assertThat(o.confirmed()).isFalse();
                });

        assertThatThrownBy(() -> observations.confirm(TESTER, key, " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> observations.confirm(LIAISON, key, "checked"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> observations.confirm(OTHER_HEAD, key, "checked"))
                .isInstanceOf(NotPermittedException.class);

        Revision confirmed = observations.confirm(TESTER, key, "checked on tjj.hunan.gov.cn");

        assertThat(confirmed.revision()).isEqualTo(2);
        assertThat(confirmed.provenance().confirmedBy()).isEqualTo("tester");
        assertThat(confirmed.provenance().quote()).isEqualTo("某县:1234.5亿元");
        assertThat(observations.find("gdp", "430111"))
                .filteredOn(o -> o.period().equals("2019"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.value()).isEqualByComparingTo("1234.5");
                    assertThat(o.usable()).isTrue();
                    assertThat(o.confirmed()).isTrue();
                });
        assertThat(audit.find("observation", key.toString(), "tester"))
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("confirm"));
        assertThatThrownBy(() -> observations.confirm(CHECKER, key, "again"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tester");
    }

    @Test
    void theAdditionsLoadWithTheirClasses() {
        java.util.Map<String, Long> byClass = new java.util.TreeMap<>();
        jdbc.sql("""
                        select coalesce(p.reliability, '-') as c, count(*) as n
                        from data_published p
                        join data_revision r using (indicator_code, region_code, period, revision)
                        where r.reason in ('published statistics: indicators-province.csv',
                                           'published statistics: prefectures-stats.csv',
                                           'published statistics: additions/province-additions.csv',
                                           'published statistics: additions/prefecture-additions.csv',
                                           'published statistics: additions/derived.csv')
                        group by 1
                        """)
                .query((rs, n) -> byClass.put(rs.getString("c"), rs.getLong("n")))
                .list();

        // Counted by hand from the files: 35 province and 105 prefecture additions less the 2025
        // forest target (a target, not a value), 3 C repeats of prefecture GDP 2023, the C repeats of
        // urbanisation 2019 and R&D growth 2022, and Loudi's GDP 2022 twice (kept once, as B); the
        // B repeats of manufacturing 2021 and forest coverage 2024 take over the shipped values.
        assertThat(byClass).containsEntry("A", 31L).containsEntry("B", 27L).containsEntry("C", 77L);
        assertThat(byClass.get("-")).isEqualTo(111L);
    }

    @Test
    void aRestatedValueIsARevisionAndTheEarlierOneDrivesVerdictsUntilTheRestatementIsConfirmed() {
        ObservationKey trade2021 = new ObservationKey("trade_total", "430000", "2021");

        assertThat(observations.history(TESTER, trade2021))
                .extracting(r -> r.value().toPlainString(), r -> r.provenance().reliability())
                .containsExactly(tuple("5988.5", null), tuple("5972.8", Reliability.C));
        assertThat(observations.find("trade_total", "430000"))
                .filteredOn(o -> o.period().equals("2021"))
                .singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualByComparingTo("5988.5"));
        assertThat(observations.published("trade_total", "430000"))
                .filteredOn(o -> o.period().equals("2021"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.value()).isEqualByComparingTo("5972.8");
                    assertThat(o.quote()).contains("5972.8亿元");
                    assertThat(o.usable()).isFalse();
                });
    }

    @Test
    void derivedValuesAreStoredWithTheirStatementAndNeverBesideAPublishedValue() {
        assertThat(observations.find("urbanisation_rate", "430000"))
                .extracting(o -> o.period(), o -> o.value().toPlainString(), Observation::derived)
                .contains(tuple("2020", "58.76", false), tuple("2023", "61.16", true), tuple("2024", "62.07", false));
        assertThat(observations.find("urbanisation_rate", "430000"))
                .filteredOn(o -> o.period().equals("2023"))
                .singleElement()
                .satisfies(o -> assertThat(o.derivation()).contains("62.07 − 0.91 = 61.16"));
        assertThat(observations.find("manufacturing_va_share_gdp", "430000"))
                .filteredOn(Observation::derived)
                .extracting(o -> o.period(), o -> o.value().toPlainString())
                .containsExactly(tuple("2019", "26.3"), tuple("2020", "26.9"));
        assertThat(observations.find("forest_coverage_new_caliber", "430000"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.period()).isEqualTo("2020");
                    assertThat(o.value()).isEqualByComparingTo("53.03");
                    assertThat(o.derivation()).contains("54.11 − 1.08");
                });
        assertThat(observations.find("forest_coverage", "430000"))
                .filteredOn(o -> o.period().equals("2020"))
                .singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualByComparingTo("59.96"));
    }

    @Test
    void aRepeatedValueKeepsOneRevisionWithTheStrongerSource() {
        assertThat(observations.history(TESTER, new ObservationKey("manufacturing_va_share_gdp", "430000", "2021")))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.provenance().reliability()).isEqualTo(Reliability.B);
                    assertThat(r.provenance().quote()).isEqualTo("制造业增加值占GDP比重上升到27.7%");
                    assertThat(r.source()).contains("gmw.cn").contains("chinanews");
                });
        assertThat(observations.history(TESTER, new ObservationKey("urbanisation_rate", "430000", "2019")))
                .singleElement()
                .satisfies(r -> assertThat(r.provenance().reliability()).isNull());
    }

    @Test
    void onlyAClassCValueCanBeConfirmed() {
        ObservationKey key = new ObservationKey("gdp", "430112", "2019");
        observations.store(
                "provenance-test.csv",
                List.of(new Observation(
                        "gdp",
                        "430112",
                        "2019",
                        new BigDecimal("88"),
                        "亿元",
                        "bureau",
                        0,
                        Provenance.published("GDP 88亿元", Reliability.A))),
                List.of("row 2"));

        assertThatThrownBy(() -> observations.confirm(TESTER, key, "checked"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("C");
        assertThatThrownBy(() -> observations.confirm(TESTER, new ObservationKey("gdp", "430112", "2018"), "x"))
                .isInstanceOf(InvalidInputException.class);
    }
}
