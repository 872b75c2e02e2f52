package org.stocktake.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The year of the report's prefecture section: the latest one most prefectures have, not the newest one any has. */
class PrefectureYearTest {

    @Test
    void aYearWithOnePrefectureDoesNotWin() {
        // 14 prefectures: 2023 all of them, 2024 only Changsha
        assertThat(ReportService.prefectureYear(Map.of("2022", 14L, "2023", 14L, "2024", 1L), 14))
                .isEqualTo("2023");
    }

    @Test
    void theLatestYearWithAMajorityWins() {
        // 2024: 8 of 14 > 7 is a majority, so the newer year is used even though 2023 has more
        assertThat(ReportService.prefectureYear(Map.of("2023", 14L, "2024", 8L, "2025", 7L), 14))
                .isEqualTo("2024");
    }

    @Test
    void withoutAMajorityTheYearMostHaveThenTheLater() {
        assertThat(ReportService.prefectureYear(Map.of("2021", 5L, "2022", 6L, "2023", 6L, "2024", 2L), 14))
                .isEqualTo("2023");
    }

    @Test
    void noValuesNoYear() {
        assertThat(ReportService.prefectureYear(Map.of(), 14)).isNull();
    }
}
