package org.stocktake.cli;

import org.stocktake.shared.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point of the jar: {@code stocktake <command>}. Exit codes: 0 done, 2 wrong arguments,
 * 1 refused input data or a failed run (see {@link UserErrorHandler}).
 */
@Command(
        name = "stocktake",
        mixinStandardHelpOptions = true,
        version = "Stocktake 0.1",
        resourceBundle = "messages",
        subcommands = {
            ServeCommand.class,
            PlanCommand.class,
            DataCommand.class,
            AssessCommand.class,
            ProgressCommand.class,
            EvaluateCommand.class,
            ParksCommand.class,
            EnclavesCommand.class,
            ReportCommand.class,
            BackupCommand.class,
            RestoreCommand.class
        })
public final class StocktakeCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
            names = "--data-dir",
            scope = CommandLine.ScopeType.INHERIT,
            paramLabel = "DIR",
            descriptionKey = "cli.help.data-dir")
    void dataDir(java.nio.file.Path dir) {
        System.setProperty("stocktake.data-dir", dir.toString());
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0 || !ServeCommand.serving()) {
            System.exit(code);
        }
    }

    static CommandLine commandLine() {
        return new CommandLine(new StocktakeCli())
                .setExecutionExceptionHandler(new UserErrorHandler())
                .setParameterExceptionHandler(new UserErrorHandler.Usage());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.zh("cli.missing-command"));
    }
}
