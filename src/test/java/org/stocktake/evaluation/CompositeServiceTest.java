package org.stocktake.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stocktake.PlatformTest;

/** The shipped example evaluations over the real prefecture statistics and the sample parks. */
class CompositeServiceTest extends PlatformTest {

    @Autowired
    CompositeService composites;

    @Test
    void prefecturesWithoutGdpAreNotRankedAndTheOthersAre() {
        CompositeResult result = composites.prefectures(Locale.SIMPLIFIED_CHINESE);
        assertThat(result.rows()).hasSize(14);
        assertThat(result.period()).isEqualTo("2024");
        // 2024 GDP is not published for 益阳, 怀化 and 娄底 (SOURCES.md): their 发展水平 pillar has no
        // data and 经济规模 has 1 of 2 inputs (< 2/3), so the index is missing and they are not ranked.
        assertThat(result.rows().stream().filter(r -> r.rank() == null).map(CompositeResult.Row::code))
                .containsExactlyInAnyOrder("430900", "431200", "431300");
        assertThat(result.rows().stream().filter(r -> r.rank() != null).map(CompositeResult.Row::rank))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(result.rows().get(0).name()).isEqualTo("长沙市");
        assertThat(result.rows().get(0).score()).isEqualTo(100.0);
        assertThat(result.sampleData()).isFalse();
    }

    @Test
    void theFiveGoodParksAreScoredByTheEfficacyCoefficient() {
        CompositeResult result = composites.parks(Locale.SIMPLIFIED_CHINESE);
        assertThat(result.sampleData()).isTrue();
        assertThat(result.pillars()).containsExactly("规划定位好", "创新平台好", "产业项目好", "体制机制好", "发展形象好");
        CompositeResult.Row d = result.rows().get(0);
        // Park D is best on every indicator but investment growth (6.5, the lowest → 60):
        // 产业项目好 = (100 + 60)/2 = 80; index = (100 + 100 + 80 + 100 + 100)/5 = 96.
        assertThat(d.name()).startsWith("示例园区D");
        assertThat(d.rank()).isEqualTo(1);
        assertThat(d.score()).isCloseTo(96.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(d.pillars().get("产业项目好")).isCloseTo(80.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theRankIntervalsAreTheSameWhenComputedAgain() {
        List<CompositeResult.Row> first = composites.parks(Locale.ENGLISH).rows();
        composites.dataChanged();
        List<CompositeResult.Row> second = composites.parks(Locale.ENGLISH).rows();
        assertThat(second).isEqualTo(first);
        assertThat(first).allSatisfy(r -> assertThat(r.p5()).isLessThanOrEqualTo(r.medianRank()));
        assertThat(first).allSatisfy(r -> assertThat(r.p95()).isGreaterThanOrEqualTo(r.medianRank()));
    }
}
