package org.stocktake.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stocktake.shared.InvalidInputException;

/** The approval workflow: draft → submitted → approved or returned (with a reason). */
class WorkflowTest extends ImportTestSupport {

    private final ObservationKey key = new ObservationKey("forest_coverage", "430105", "2022");

    @Test
    void aValueGoesFromDraftThroughSubmittedToReturnedAndApproved() {
        observations.revise(key, new Edit(new BigDecimal("58.1"), null, "forestry bureau", Set.of(Flag.ESTIMATED)),
                "liaison", "first figure");
        assertThatThrownBy(() -> observations.approve(key, "head", "ok"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("草稿 (draft)").hasMessageContaining("is draft; only a value that is submitted");

        observations.submit(key, "liaison", "please approve");
        assertThatThrownBy(() -> observations.returnValue(key, "head", " "))
                .hasMessageContaining("a returned value needs a reason");
        observations.returnValue(key, "head", "estimate not allowed; use the survey figure");
        assertThatThrownBy(() -> observations.approve(key, "head", "ok"))
                .hasMessageContaining("is returned");

        observations.revise(key, new Edit(new BigDecimal("58.3"), "%", "forest survey 2022", Set.of()),
                "liaison", "survey figure");
        observations.submit(key, "liaison", "corrected");
        Revision approved = observations.approve(key, "head", "matches the survey");

        assertThat(approved.status()).isEqualTo(Status.APPROVED);
        assertThatThrownBy(() -> observations.submit(key, "liaison", "again"))
                .hasMessageContaining("已批准 (approved)");
        assertThat(observations.history(key)).extracting(Revision::revision, Revision::status, Revision::changedBy,
                Revision::reason).containsExactly(
                        tuple(1, Status.DRAFT, "liaison", "first figure"),
                        tuple(2, Status.SUBMITTED, "liaison", "please approve"),
                        tuple(3, Status.RETURNED, "head", "estimate not allowed; use the survey figure"),
                        tuple(4, Status.DRAFT, "liaison", "survey figure"),
                        tuple(5, Status.SUBMITTED, "liaison", "corrected"),
                        tuple(6, Status.APPROVED, "head", "matches the survey"));
        assertThat(observations.history(key).get(0).value()).isEqualByComparingTo("58.1");
        assertThat(observations.find("forest_coverage", "430105")).singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualByComparingTo("58.3"));
    }

    @Test
    void anEditWithAnotherUnitIsRefused() {
        assertThatThrownBy(() -> observations.revise(new ObservationKey("gdp", "430105", "2022"),
                new Edit(BigDecimal.ONE, "万元", "x", Set.of()), "liaison", "typo"))
                .hasMessageContaining("does not match the indicator's unit 亿元");
    }
}
