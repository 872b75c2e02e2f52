package org.stocktake.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Imports: every problem reported and nothing written; re-imports are no-ops; outliers flagged. */
@RecordApplicationEvents
class ImportTest extends ImportTestSupport {

    @Autowired
    ApplicationEvents events;

    @Test
    void aFileWithTwentyMixedErrorsIsRefusedWithAllTwentyAndWritesNothing() {
        Path file = write("twenty-errors.csv", HEADER + """
                gdp,430102,2021,100,亿元,src,
                no_such_indicator,430102,2021,1,,src,
                gdp,999999,2021,1,亿元,src,
                gdp,430102,2021Q5,1,亿元,src,
                gdp,430102,2022,12.3x,亿元,src,
                gdp,430102,2021,100,亿元,src,
                gdp,430102,2023,1,吨,src,
                gdp,430102,2024,1,亿元,src,guess
                gdp,430102,2025,,亿元,src,
                urbanisation_rate,430102,2021,55,%,src,
                urbanisation_rate,430102,21,55,%,src,
                urbanisation_rate,430102,2021-13,55,%,src,
                urbanisation_rate,4301,2022,55,%,src,
                urbanisation_rate,430102,2022,abc,%,src,
                urbanisation_rate,430102,2023,56,亿元,src,
                urbanisation_rate,430102,2021,55,%,src,
                GDP,430102,2026,1,亿元,src,
                urbanisation_rate,430102,2024,56,%,src,estimated;maybe
                urbanisation_rate,430102,2025,NaN,%,src,
                forest_coverage,430102,2021,60,%,src,
                forest_coverage,430102,2021,61,%,src,
                forest_coverage,430102,2022,1e,%,src,
                forest_coverage,430102,2023,60,公顷,src,
                """);
        long revisionsBefore = revisions();
        long importsBefore = importsLogged();

        assertThatThrownBy(() -> importAs(file, Status.APPROVED))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> {
                    assertThat(refused.total()).isEqualTo(20);
                    assertThat(refused.details())
                            .extracting(ImportProblem::file, ImportProblem::row, ImportProblem::column)
                            .containsExactly(
                                    tuple("twenty-errors.csv", 3L, "indicator"),
                                            tuple("twenty-errors.csv", 4L, "region"),
                                    tuple("twenty-errors.csv", 5L, "period"), tuple("twenty-errors.csv", 6L, "value"),
                                    tuple("twenty-errors.csv", 7L, "period"), tuple("twenty-errors.csv", 8L, "unit"),
                                    tuple("twenty-errors.csv", 9L, "flags"), tuple("twenty-errors.csv", 10L, "value"),
                                    tuple("twenty-errors.csv", 12L, "period"),
                                            tuple("twenty-errors.csv", 13L, "period"),
                                    tuple("twenty-errors.csv", 14L, "region"), tuple("twenty-errors.csv", 15L, "value"),
                                    tuple("twenty-errors.csv", 16L, "unit"), tuple("twenty-errors.csv", 17L, "period"),
                                    tuple("twenty-errors.csv", 18L, "indicator"),
                                            tuple("twenty-errors.csv", 19L, "flags"),
                                    tuple("twenty-errors.csv", 20L, "value"), tuple("twenty-errors.csv", 22L, "period"),
                                    tuple("twenty-errors.csv", 23L, "value"), tuple("twenty-errors.csv", 24L, "unit"));
                    assertThat(refused.details()).allSatisfy(p -> {
                        assertThat(p.zh()).isNotBlank();
                        assertThat(p.en()).isNotBlank();
                    });
                    assertThat(refused.details().get(4).en()).contains("duplicates row 2");
                    assertThat(refused.details().get(4).zh()).contains("与第 2 行重复");
                    assertThat(refused.report(java.util.Locale.ENGLISH)).contains("twenty-errors.csv: 行 8 列 unit");
                });

        assertThat(revisions()).isEqualTo(revisionsBefore);
        assertThat(importsLogged()).isEqualTo(importsBefore);
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        Path file = write("twice.csv", HEADER + """
                gdp,430103,2020,101.5,亿元,county yearbook,
                gdp,430103,2021,110.25,,county yearbook,preliminary
                urbanisation_rate,430103,2021Q3,61.2,%,county yearbook,estimated;revised
                """);
        ImportResult first = importAs(file, Status.APPROVED);
        assertThat(first.appended()).isEqualTo(3);
        long revisionsAfterFirst = revisions();
        long importsAfterFirst = importsLogged();

        ImportResult second = importAs(file, Status.APPROVED);

        assertThat(second.appended()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(revisions()).isEqualTo(revisionsAfterFirst);
        assertThat(importsLogged()).isEqualTo(importsAfterFirst);
        assertThat(events.stream(ObservationsChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.regions()).containsExactly("430103");
            assertThat(e.indicators()).containsExactly("gdp", "urbanisation_rate");
            assertThat(e.status()).isEqualTo(Status.APPROVED);
        });
        Revision gdp2021 = observations
                .current(TESTER, new ObservationKey("gdp", "430103", "2021"))
                .orElseThrow();
        assertThat(gdp2021.unit()).isEqualTo("亿元");
        assertThat(gdp2021.flags()).containsExactly(Flag.PRELIMINARY);
        assertThat(gdp2021.changedBy()).isEqualTo("tester");
        assertThat(observations
                        .current(TESTER, new ObservationKey("urbanisation_rate", "430103", "2021Q3"))
                        .orElseThrow()
                        .flags())
                .containsExactlyInAnyOrder(Flag.ESTIMATED, Flag.REVISED);
    }

    @Test
    void aRevisedValueKeepsItsPredecessorInHistory() {
        ObservationKey key = new ObservationKey("gdp", "430104", "2021");
        importAs(write("first.csv", HEADER + "gdp,430104,2021,200,亿元,bulletin 2022,preliminary\n"), Status.APPROVED);
        importAs(write("revised.csv", HEADER + "gdp,430104,2021,203.4,亿元,yearbook 2023,revised\n"), Status.SUBMITTED);

        List<Revision> history = observations.history(TESTER, key);
        assertThat(history)
                .extracting(Revision::revision, r -> r.value().toPlainString(), Revision::status, Revision::source)
                .containsExactly(
                        tuple(1, "200", Status.APPROVED, "bulletin 2022"),
                        tuple(2, "203.4", Status.SUBMITTED, "yearbook 2023"));
        assertThat(history.get(1).reason()).isEqualTo("test import");
        assertThat(observations.find("gdp", "430104"))
                .singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualByComparingTo("200"));

        observations.approve(CHECKER, key, "checked against the yearbook");
        assertThat(observations.find("gdp", "430104"))
                .singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualByComparingTo("203.4"));
        assertThat(observations.history(TESTER, key))
                .hasSize(3)
                .first()
                .satisfies(r -> assertThat(r.value()).isEqualByComparingTo("200"));
    }

    @Test
    void aValueFarFromItsSeriesIsFlaggedNotRefused() {
        importAs(write("series.csv", HEADER + """
                gdp,430181,2016,10,亿元,s,
                gdp,430181,2017,12,亿元,s,
                gdp,430181,2018,11,亿元,s,
                gdp,430181,2019,13,亿元,s,
                gdp,430181,2020,12,亿元,s,
                """), Status.APPROVED);

        ImportResult result = importAs(write("outlier.csv", HEADER + """
                gdp,430181,2021,20,亿元,s,
                gdp,430181,2022,14,亿元,s,
                """), Status.APPROVED);

        assertThat(result.appended()).isEqualTo(2);
        assertThat(result.outlierCount()).isEqualTo(1);
        Outlier outlier = result.outliers().get(0);
        assertThat(outlier.row()).isEqualTo(2);
        assertThat(outlier.key()).isEqualTo(new ObservationKey("gdp", "430181", "2021"));
        assertThat(outlier.median()).isEqualTo(12.0);
        assertThat(outlier.z()).isCloseTo(5.396, org.assertj.core.api.Assertions.within(0.001));
        assertThat(observations.current(TESTER, outlier.key()).orElseThrow().outlierZ())
                .isCloseTo(5.396, org.assertj.core.api.Assertions.within(0.001));
        assertThat(observations
                        .current(TESTER, new ObservationKey("gdp", "430181", "2022"))
                        .orElseThrow()
                        .outlierZ())
                .isNull();
        assertThat(observations.find("gdp", "430181"))
                .extracting(Observation::value)
                .contains(new BigDecimal("20"));
    }
}
