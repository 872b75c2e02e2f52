package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A process killed after the commit of new values and before the verdict listener has done its
 * work: the values are committed, the verdicts are stale and the publication of the change stays
 * incomplete in the event publication registry; the next start delivers it again, and the
 * verdicts become fresh. (Nothing else recomputes them on a start: without the registry's second
 * delivery the recompute is lost, and this test fails.)
 */
class ListenerCrashTest {

    private static final Path DATA = Path.of("target/listener-crash-data");
    private static final String LISTENER =
            "org.stocktake.verdicts.VerdictService.on(org.stocktake.observations.ObservationsChanged)";

    @Test
    void aRecomputeCutShortByAKillIsDoneOnTheNextStart() throws Exception {
        Path file = DATA.resolveSibling("listener-crash-forest-2025.csv");
        Files.writeString(file, """
                indicator,region,period,value,unit,source,flags
                forest_coverage,430000,2025,54.2,%,test value (not a published statistic),preliminary
                """);

        long t0 = System.nanoTime();
        // a first start has loaded the Hunan data set and judged the plan
        CliProcess.initialised(DATA);
        long t1 = System.nanoTime();

        Process importing = CliProcess.start(
                DATA,
                "--stocktake.verdicts.listener-pause=10m",
                "data",
                "import",
                file.toString(),
                "--status",
                "approved");
        CliProcess.waitForLine(importing, "imported");
        importing.destroyForcibly();
        assertThat(importing.waitFor(30, TimeUnit.SECONDS))
                .as("the import process was killed")
                .isTrue();
        long t2 = System.nanoTime();

        // the killed JVM's embedded PostgreSQL is still up: read what the crash left
        assertThat(revisions(DATA)).as("the import committed").isEqualTo(1);
        assertThat(Served.incompletePublications(DATA))
                .as("the killed listener's publication is still there")
                .contains(LISTENER);
        assertThat(forest(DATA))
                .as("the verdict is stale: nothing recomputed it")
                .containsExactly("2024", "false");
        long t3 = System.nanoTime();

        try (Served served = Served.start(DATA)) { // waits until no publication is incomplete
            assertThat(forest(DATA)).as("the verdict cites the imported value").containsExactly("2025", "true");
            assertThat(Served.incompletePublications(DATA)).isEmpty();
            assertThat(served.process.isAlive()).as("the restarted server").isTrue();
        }
        long t4 = System.nanoTime();
        System.out.printf(
                "listener crash test: initialised data directory %d ms, import and kill %d ms, checks %d ms, restart to fresh"
                        + " verdicts %d ms%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
    }

    /**
     * The latest stored schedule verdict of T19 (forest coverage): its latest year, and whether it
     * cites the imported 2025 value among its inputs.
     */
    private static List<String> forest(Path dataDir) throws Exception {
        try (Connection c = Served.connect(dataDir);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        select figures ->> 'latestYear', jsonb_exists(inputs, 'forest_coverage@430000@2025#r1')
                        from verdicts_snapshot
                        where plan_code = 'hunan-central-2021' and target_code = 'T19' and method = 'SCHEDULE'
                          and region_code = '430000'
                        order by id desc limit 1
                        """)) {
            assertThat(r.next()).as("a stored verdict of T19").isTrue();
            return List.of(r.getString(1), Boolean.toString(r.getBoolean(2)));
        }
    }

    /** How many revisions of the imported value are stored. */
    private static long revisions(Path dataDir) throws Exception {
        try (Connection c = Served.connect(dataDir);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        select count(*) from data_revision
                        where indicator_code = 'forest_coverage' and region_code = '430000' and period = '2025'
                        """)) {
            r.next();
            return r.getLong(1);
        }
    }
}
