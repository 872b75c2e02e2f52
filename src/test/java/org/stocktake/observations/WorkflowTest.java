package org.stocktake.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.Role;
import org.stocktake.shared.InvalidInputException;

/**
 * The approval workflow: draft → submitted → approved or returned (with a reason), checked by the
 * service itself: role and region scope, and four eyes (nobody decides on a value they entered).
 */
class WorkflowTest extends ImportTestSupport {

    private static final Actor LIAISON = new Actor("wfliaison", Role.LIAISON, "U-CS", "430100");
    private static final Actor HEAD = new Actor("head", Role.HEAD, "U-CS", "430100");
    private static final Actor OTHER_HEAD = new Actor("other-head", Role.HEAD, "U-ZZ", "430200");
    private static final Actor VIEWER = new Actor("viewer", Role.VIEWER, null, null);

    private final ObservationKey key = new ObservationKey("forest_coverage", "430105", "2022");

    @Test
    void aValueGoesFromDraftThroughSubmittedToReturnedAndApproved() {
        observations.revise(
                LIAISON,
                key,
                new Edit(new BigDecimal("58.1"), null, "forestry bureau", Set.of(Flag.ESTIMATED)),
                "first figure");
        assertThatThrownBy(() -> observations.approve(HEAD, key, "ok"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("草稿 (draft)")
                .hasMessageContaining("is draft; only a value that is submitted");

        observations.submit(LIAISON, key, "please approve");
        assertThatThrownBy(() -> observations.returnValue(HEAD, key, " "))
                .hasMessageContaining("a returned value needs a reason");
        observations.returnValue(HEAD, key, "estimate not allowed; use the survey figure");
        assertThatThrownBy(() -> observations.approve(HEAD, key, "ok")).hasMessageContaining("is returned");

        observations.revise(
                LIAISON, key, new Edit(new BigDecimal("58.3"), "%", "forest survey 2022", Set.of()), "survey figure");
        observations.submit(LIAISON, key, "corrected");
        Revision approved = observations.approve(HEAD, key, "matches the survey");

        assertThat(approved.status()).isEqualTo(Status.APPROVED);
        assertThatThrownBy(() -> observations.submit(LIAISON, key, "again")).hasMessageContaining("已批准 (approved)");
        assertThat(observations.history(LIAISON, key))
                .extracting(Revision::revision, Revision::status, Revision::changedBy, Revision::reason)
                .containsExactly(
                        tuple(1, Status.DRAFT, "wfliaison", "first figure"),
                        tuple(2, Status.SUBMITTED, "wfliaison", "please approve"),
                        tuple(3, Status.RETURNED, "head", "estimate not allowed; use the survey figure"),
                        tuple(4, Status.DRAFT, "wfliaison", "survey figure"),
                        tuple(5, Status.SUBMITTED, "wfliaison", "corrected"),
                        tuple(6, Status.APPROVED, "head", "matches the survey"));
        assertThat(observations.history(HEAD, key).get(0).value()).isEqualByComparingTo("58.1");
        assertThat(observations.find("forest_coverage", "430105"))
                .singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualByComparingTo("58.3"));
    }

    @Test
    void anEditWithAnotherUnitIsRefused() {
        assertThatThrownBy(() -> observations.revise(
                        LIAISON,
                        new ObservationKey("gdp", "430105", "2022"),
                        new Edit(BigDecimal.ONE, "万元", "x", Set.of()),
                        "typo"))
                .hasMessageContaining("does not match the indicator's unit 亿元");
    }

    @Test
    void nobodyApprovesOrReturnsAValueTheyEnteredThemselves() {
        ObservationKey own = new ObservationKey("forest_coverage", "430104", "2022");
        observations.revise(
                HEAD, own, new Edit(new BigDecimal("40.5"), null, "own figure", Set.of()), "entered by the head");
        observations.submit(HEAD, own, "please approve");

        assertThatThrownBy(() -> observations.approve(HEAD, own, "looks right"))
                .isInstanceOfSatisfying(NotPermittedException.class, e -> {
                    assertThat(e.message(Locale.ENGLISH)).contains("they entered or submitted themselves");
                    assertThat(e.message(Locale.CHINA)).contains("须由另一人审核");
                });
        assertThatThrownBy(() -> observations.returnValue(HEAD, own, "second thoughts"))
                .isInstanceOf(NotPermittedException.class);
        assertThat(observations.current(HEAD, own).orElseThrow().status()).isEqualTo(Status.SUBMITTED);

        assertThat(observations.approve(CHECKER, own, "second person").status()).isEqualTo(Status.APPROVED);
    }

    @Test
    void rolesAndRegionsAreCheckedByTheServiceItself() {
        ObservationKey zhuzhou = new ObservationKey("forest_coverage", "430202", "2022");
        assertThatThrownBy(() ->
                        observations.revise(LIAISON, zhuzhou, new Edit(BigDecimal.TEN, null, "x", Set.of()), "no"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> observations.revise(VIEWER, key, new Edit(BigDecimal.TEN, null, "x", Set.of()), "no"))
                .isInstanceOf(NotPermittedException.class);

        ObservationKey value = new ObservationKey("forest_coverage", "430103", "2022");
        observations.revise(LIAISON, value, new Edit(new BigDecimal("41"), null, "bureau", Set.of()), "new");
        observations.submit(LIAISON, value, "please");
        assertThatThrownBy(() -> observations.approve(LIAISON, value, "a liaison does not approve"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> observations.approve(OTHER_HEAD, value, "another prefecture's head"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> observations.history(VIEWER, value)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> observations.current(OTHER_HEAD, value)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> observations.awaitingApproval(VIEWER)).isInstanceOf(NotPermittedException.class);
        assertThat(observations.awaitingApproval(OTHER_HEAD))
                .noneMatch(r -> r.key().equals(value));
        assertThat(observations.awaitingApproval(HEAD)).anyMatch(r -> r.key().equals(value));
    }

    @Test
    void anEnteredValueMustBeFiniteWithinTheDoubleRange() {
        assertThatThrownBy(() -> observations.revise(
                        LIAISON, key, new Edit(new BigDecimal("1e400"), null, "x", Set.of()), "too big"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("out of range");
    }
}
