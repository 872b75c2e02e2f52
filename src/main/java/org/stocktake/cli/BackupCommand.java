package org.stocktake.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.stocktake.database.DatabaseArchive;
import org.stocktake.shared.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a consistent backup of the embedded database, also while the server runs. */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.help.backup.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        quietLogging();
        DatabaseArchive.Summary summary = DatabaseArchive.backup(dataDir(), out);
        System.err.println(
                Messages.zh("cli.backup.done", summary.tables(), summary.rows(), summary.schemaVersion(), out));
        return 0;
    }

    /** Without Spring's context the logging is not configured: only warnings, like other commands. */
    static void quietLogging() {
        LoggingSystem logging = LoggingSystem.get(BackupCommand.class.getClassLoader());
        logging.beforeInitialize();
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
    }

    static Path dataDir() {
        return Path.of(System.getProperty("stocktake.data-dir", "./data"));
    }
}
