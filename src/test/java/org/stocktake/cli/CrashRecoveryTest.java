package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the real command line in separate processes on one data directory (initialised as a first
 * start leaves it): a plan import killed with SIGKILL halfway leaves the old plan whole, the next
 * start (a complete import) recovers from the kill, and the finished import survives a restart.
 */
class CrashRecoveryTest {

    private static final Path DATA = Path.of("target/crash-data");
    private static final String MARK = "【新版】";

    @Test
    void aKilledImportLeavesTheOldPlanAndACompletedOneSurvivesRestart() throws Exception {
        CliProcess.initialised(DATA);
        Path newPlan = DATA.resolveSibling("crash-new-plan.yaml");
        Files.writeString(newPlan, markEveryArticle(resource("/plans/hunan-central-2021.yaml")));

        Process importing = start("--stocktake.plan.import-pause=400ms", "plan", "import", newPlan.toString());
        waitForLine(importing, "importing");
        awaitArticlesBeingWritten(importing);
        importing.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        // the killed process's PostgreSQL still runs (the next start stops it, below): what it holds
        try (Connection c = Served.connect(DATA);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "select count(*), count(*) filter (where title_zh like '%" + MARK + "%'),"
                                + " count(*) filter (where code = 'A25') from plan_article where plan_code = 'hunan-central-2021'")) {
            r.next();
            assertThat(r.getInt(1)).as("articles of the old plan").isGreaterThanOrEqualTo(25);
            assertThat(r.getInt(2)).as("articles of the killed import").isZero();
            assertThat(r.getInt(3)).as("article A25").isEqualTo(1);
        }

        // the restart after the kill: the import runs through and a further start exports it
        Process completed = start("plan", "import", newPlan.toString());
        List<String> output = drain(completed);
        assertThat(completed.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(completed.exitValue()).as(String.join("\n", output)).isZero();

        String afterRestart = export();
        long marked = afterRestart.lines().filter(l -> l.contains(MARK)).count();
        long articles = afterRestart
                .lines()
                .filter(l -> l.trim().startsWith("- code: A"))
                .count();
        assertThat(articles).isGreaterThanOrEqualTo(25);
        assertThat(marked).as("every article of the new plan").isEqualTo(articles);
    }

    /**
     * Waits until the import's open transaction has begun writing the articles (it holds the
     * write lock of {@code plan_article}; with the pause it takes seconds more to finish them).
     */
    private static void awaitArticlesBeingWritten(Process importing) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Connection c = Served.connect(DATA);
                Statement s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                assertThat(importing.isAlive()).as("import still running").isTrue();
                try (ResultSet r =
                        s.executeQuery("select count(*) from pg_locks l join pg_class t on t.oid = l.relation"
                                + " where t.relname = 'plan_article' and l.mode = 'RowExclusiveLock' and l.granted")) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the import did not start writing articles within 60 s");
    }

    /** The plan file with a mark added to every article's title, so a mix would show. */
    private static String markEveryArticle(String yaml) {
        StringBuilder out = new StringBuilder();
        boolean inArticle = false;
        for (String line : yaml.split("\n", -1)) {
            if (line.trim().startsWith("- code: A")) {
                inArticle = true;
            }
            if (inArticle && line.trim().startsWith("zh:")) {
                line = line.replaceFirst("zh: *(\\S.*)$", "zh: " + MARK + "$1");
                inArticle = false;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static String export() throws Exception {
        Process p = start(
                "plan",
                "export",
                "--plan",
                "hunan-central-2021",
                "--out",
                DATA.resolveSibling("crash-export.yaml").toString());
        List<String> output = drain(p);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join("\n", output)).isZero();
        return Files.readString(DATA.resolveSibling("crash-export.yaml"));
    }

    private static Process start(String... args) throws IOException {
        return CliProcess.start(DATA, args);
    }

    private static void waitForLine(Process p, String text) throws IOException {
        CliProcess.waitForLine(p, text);
    }

    private static List<String> drain(Process p) throws IOException {
        return CliProcess.drain(p);
    }

    private static String resource(String name) throws IOException {
        try (var in = CrashRecoveryTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
