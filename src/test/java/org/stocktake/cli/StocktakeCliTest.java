package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Usage errors exit with 2 and say what is wrong; a missing file exits with 1 and names it. */
class StocktakeCliTest {

    private record Run(int code, String err) {}

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = StocktakeCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), err.toString());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bogus              | Unmatched argument",
                "plan               | missing subcommand",
                "                   | missing command",
                "plan import        | Missing required parameter",
                "serve --port x     | Invalid value"
            })
    void wrongArgumentsExitWithTwo(String args, String message) {
        Run r = run(args == null ? new String[0] : args.trim().split("\\s+"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(message);
    }

    @Test
    void aMissingFileExitsWithOneAndNamesIt() {
        Run r = run("plan", "validate", "no-such-plan.yaml");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no-such-plan.yaml");
    }

    @Test
    void helpListsTheCommands() {
        StringWriter out = new StringWriter();
        picocli.CommandLine cli = StocktakeCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("serve", "plan");
    }

    /** Checked before the platform starts: a wrong word exits with 2 and lists the valid ones, in both languages. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "assess --as-of 2025 --method bogus | unknown --method: bogus (schedule, opensdg, trend)",
                "assess --as-of 2025 --format bogus | unknown --format: bogus (table, csv, json)"
            })
    void assessNamesTheValidChoices(String args, String message) {
        Run r = run(args.trim().split("\\s+"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(message, "参数有误").doesNotContain("No enum constant", "Exception");
    }
}
