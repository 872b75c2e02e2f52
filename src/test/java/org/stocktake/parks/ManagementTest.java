package org.stocktake.parks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped management rules (last among peers two years running: warning; three: downgrade or
 * exit; first among provincial peers: upgrade recommendation) against places worked by hand.
 */
class ManagementTest {

    static final List<ManagementRule> RULES =
            ParkFiles.rules(ParkService.RULES, ParkService.resource("/parks/" + ParkService.RULES));

    private final Map<String, Map<Integer, ParkScore>> history = new HashMap<>();
    private final Map<String, ParkLevel> levels = new HashMap<>();

    private void places(String park, ParkLevel level, int size, Integer... ranksFrom2021) {
        levels.put(park, level);
        for (int i = 0; i < ranksFrom2021.length; i++) {
            history.computeIfAbsent(park, k -> new HashMap<>())
                    .put(2021 + i, new ParkScore(park, 2021 + i, 80.0, "g", ranksFrom2021[i], size));
        }
    }

    private List<String> decided(int year) {
        return Management.decide(RULES, history, levels, year).stream()
                .map(o -> o.park() + ":" + o.rule().action())
                .toList();
    }

    @Test
    void lastTwoYearsRunningWarnsAndThreeYearsDowngradesInstead() {
        places("A", ParkLevel.NATIONAL, 4, 4, 4, 4, 4);
        assertThat(decided(2021)).isEmpty();
        assertThat(decided(2022)).containsExactly("A:warning");
        assertThat(decided(2023)).containsExactly("A:downgrade_or_exit");
        assertThat(decided(2024)).containsExactly("A:downgrade_or_exit");
    }

    @Test
    void aGapOrAMissingRankBreaksTheRun() {
        places("B", ParkLevel.NATIONAL, 4, 4, 3, 4, null, 4);
        assertThat(decided(2022)).isEmpty();
        assertThat(decided(2023)).isEmpty();
        assertThat(decided(2024)).isEmpty();
        assertThat(decided(2025)).isEmpty();
    }

    @Test
    void onlyProvincialParksAreRecommendedForUpgrade() {
        places("P", ParkLevel.PROVINCIAL, 4, 1, 2, 1);
        places("N", ParkLevel.NATIONAL, 4, 1, 1, 1);
        assertThat(decided(2021)).containsExactly("P:upgrade_recommendation");
        assertThat(decided(2022)).isEmpty();
        assertThat(decided(2023)).containsExactly("P:upgrade_recommendation");
    }

    @Test
    void aParkAloneInItsGroupIsNeitherFirstNorLast() {
        places("S", ParkLevel.PROVINCIAL, 1, 1, 1, 1);
        assertThat(decided(2023)).isEmpty();
    }

    @Test
    void theRulesFileIsReadWhole() {
        assertThat(RULES)
                .extracting(ManagementRule::code)
                .containsExactly("bottom-two-years", "bottom-three-years", "top-provincial");
        assertThat(RULES.get(2).level()).isEqualTo(ParkLevel.PROVINCIAL);
        assertThat(RULES.get(0).level()).isNull();
    }
}
