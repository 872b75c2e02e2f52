package org.stocktake.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stocktake.shared.InvalidInputException;

/** Which values of the shipped files become revisions: repeats, restatements, derived values, classes. */
class SeedMergeTest {

    private static SeedRow row(String file, String indicator, String year, String value, Provenance p) {
        return new SeedRow(
                file,
                "row",
                new Observation(indicator, "430000", year, new BigDecimal(value), "%", file + " source", 0, p));
    }

    private static SeedRow base(String indicator, String year, String value) {
        return row("base.csv", indicator, year, value, Provenance.NONE);
    }

    @Test
    void aRepeatFromAStrongerSourceReplacesTheValueAndCitesBothSources() {
        List<SeedRow> kept = SeedMerge.merge(List.of(
                base("manufacturing_va_share_gdp", "2021", "27.7"),
                row(
                        "add.csv",
                        "manufacturing_va_share_gdp",
                        "2021",
                        "27.70",
                        Provenance.published("制造业增加值占GDP比重上升到27.7%", Reliability.B))));

        assertThat(kept).singleElement().satisfies(r -> {
            assertThat(r.observation().reliability()).isEqualTo(Reliability.B);
            assertThat(r.observation().quote()).isEqualTo("制造业增加值占GDP比重上升到27.7%");
            assertThat(r.observation().source()).contains("add.csv source").contains("base.csv source");
        });
    }

    @Test
    void aRepeatFromAWeakerSourceLeavesTheValueAsItWas() {
        SeedRow first = base("urbanisation_rate", "2019", "57.22");
        List<SeedRow> kept = SeedMerge.merge(List.of(
                first, row("add.csv", "urbanisation_rate", "2019", "57.22", Provenance.published("q", Reliability.C))));

        assertThat(kept).containsExactly(first);
    }

    @Test
    void aDifferentValueIsARevisionAndBothAreKeptInFileOrder() {
        List<SeedRow> kept = SeedMerge.merge(List.of(
                base("trade_total", "2021", "5988.5"),
                base("gdp", "2021", "46063.09"),
                row("add.csv", "trade_total", "2021", "5972.8", Provenance.published("q", Reliability.C))));

        assertThat(kept)
                .extracting(
                        r -> r.observation().indicator(),
                        r -> r.observation().value().toPlainString())
                .containsExactly(
                        tuple("trade_total", "5988.5"), tuple("gdp", "46063.09"), tuple("trade_total", "5972.8"));
    }

    @Test
    void aDerivedValueNeverStandsBesideAPublishedOne() {
        SeedRow census = base("urbanisation_rate", "2020", "58.76");
        SeedRow derived2020 = row(
                "derived.csv",
                "urbanisation_rate",
                "2020",
                "58.76",
                Provenance.derived(null, Reliability.B, "59.71 − 0.95"));
        SeedRow derived2023 = row(
                "derived.csv",
                "urbanisation_rate",
                "2023",
                "61.16",
                Provenance.derived("q", Reliability.B, "62.07 − 0.91"));

        assertThat(SeedMerge.merge(List.of(census, derived2020, derived2023))).containsExactly(census, derived2023);
    }

    @Test
    void theClassIsTheWeakestLetterListedAndNotesGoToTheSource() throws IOException {
        String csv = """
                indicator,year,value,unit,source_url_or_repo,quote,reliability
                trade_total,2021,5972.8,亿元,press conference,5972.8亿元,B/C
                exports,2020,3306.4,亿元,xinhua,出口3306.4億元,B
                gdp,2022,1.5,亿元,list,1.5亿元,C (weak)
                forest_coverage_target,2025,53.15,%,conference,53.15%以上,C
                manufacturing_va_share_gdp_q1,2022,28.2,%,repost,28.2%,C
                """;
        List<SeedRow> rows = SeedFiles.provinceAdditions("add.csv", "430000", new StringReader(csv));

        assertThat(rows)
                .extracting(
                        r -> r.observation().indicator(),
                        r -> r.observation().period(),
                        r -> r.observation().reliability())
                .containsExactly(
                        tuple("trade_total", "2021", Reliability.C),
                        tuple("exports", "2020", Reliability.B),
                        tuple("gdp", "2022", Reliability.C),
                        tuple("manufacturing_va_share_gdp", "2022Q1", Reliability.C));
        assertThat(rows.get(0).observation().source()).endsWith("[reliability as listed: B/C]");
        assertThat(rows.get(1).observation().source()).isEqualTo("xinhua");
    }

    @Test
    void aCensusCountInPersonsIsStoredInTenThousandPersons() throws IOException {
        String csv = """
                region,code,indicator,year,value,unit,source,quote,reliability
                怀化市,431200,resident_population_census,2020,4587594,"persons, census 2020-11-01",bulletin,4587594人,A
                """;
        List<SeedRow> rows = new ArrayList<>(SeedFiles.regionAdditions("p.csv", new StringReader(csv)));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.observation().indicator()).isEqualTo("resident_population");
            assertThat(r.observation().value()).isEqualByComparingTo("458.7594");
            assertThat(r.observation().unit()).contains("4587594 persons");
        });
    }

    @Test
    void anUnknownClassIsRefusedNamingFileAndRow() {
        String csv = "indicator,year,value,unit,source_url_or_repo,quote,reliability\ngdp,2020,1,亿元,s,q,D\n";

        assertThatThrownBy(() -> SeedFiles.provinceAdditions("add.csv", "430000", new StringReader(csv)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("add.csv")
                .hasMessageContaining("D");
    }
}
