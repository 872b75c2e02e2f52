package org.stocktake.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.stocktake.PlatformTest;
import org.stocktake.assessment.Method;
import org.stocktake.observations.ImportRequest;
import org.stocktake.observations.ImportService;
import org.stocktake.observations.Status;

/**
 * Committing new values recomputes the verdicts that use them (an event, not a page load), and
 * each recompute appends new snapshots: earlier ones stay as they were.
 */
class VerdictRecomputeTest extends PlatformTest {

    @Autowired
    VerdictService verdicts;

    @Autowired
    ImportService imports;

    @TempDir
    Path dir;

    private TargetVerdict forest() {
        return verdicts.current("hunan-central-2021").stream()
                .filter(v -> v.target().equals("T19") && v.method() == Method.SCHEDULE)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anApprovedImportOfANewValueGivesAFreshVerdictThatCitesIt() throws Exception {
        TargetVerdict before = forest();
        assertThat(before.verdict().figures().latestYear()).isEqualTo(2024);
        Path file = dir.resolve("forest-2025.csv");
        Files.writeString(file, """
                indicator,region,period,value,unit,source,flags
                forest_coverage,430000,2025,54.2,%,test value (not a published statistic),preliminary
                """);
        imports.importFile(
                new org.stocktake.accounts.Actor("statistician", org.stocktake.accounts.Role.COORDINATOR, null, null),
                ImportRequest.of(file, "2025 value", Status.APPROVED));
        awaitListeners();
        TargetVerdict after = forest();
        assertThat(after.computedAt()).isAfter(before.computedAt());
        assertThat(after.verdict().figures().latestYear()).isEqualTo(2025);
        assertThat(after.verdict().figures().latestValue()).isEqualTo(54.2);
        assertThat(after.inputs()).contains("forest_coverage@430000@2025#r1");
        assertThat(before.inputs()).contains("forest_coverage@430000@2024#r1");
    }
}
