package org.stocktake.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(observations.all()).noneMatch(o -> o.region().equals("430111") && o.period().equals("2019"));
        assertThat(observations.published("gdp", "430111"))
                .filteredOn(o -> o.period().equals("2019"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.reliability()).isEqualTo(Reliability.C);
                    assertThat(o.quote()).isEqualTo("某县:1234.5亿元");
                    assertThat(o.usable()).isFalse();
                    assertThat(o.confirmed()).isFalse();
                });

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
    void onlyAClassCValueCanBeConfirmed() {
        ObservationKey key = new ObservationKey("gdp", "430112", "2019");
        observations.store(
                "provenance-test.csv",
                List.of(new Observation("gdp", "430112", "2019", new BigDecimal("88"), "亿元", "bureau", 0,
                        Provenance.published("GDP 88亿元", Reliability.A))),
                List.of("row 2"));

        assertThatThrownBy(() -> observations.confirm(TESTER, key, "checked"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("C");
        assertThatThrownBy(() -> observations.confirm(TESTER, new ObservationKey("gdp", "430112", "2018"), "x"))
                .isInstanceOf(InvalidInputException.class);
    }
}
