package org.stocktake.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stocktake.database.DatabaseArchive;
import org.stocktake.shared.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Restores a backup into a data directory whose server is stopped. */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.restore.file")
    Path file;

    @Option(names = "--force", descriptionKey = "cli.help.restore.force")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        BackupCommand.quietLogging();
        DatabaseArchive.Summary summary = DatabaseArchive.restore(BackupCommand.dataDir(), file, force);
        System.err.println(Messages.zh("cli.restore.done", summary.tables(), summary.rows(), summary.schemaVersion()));
        return 0;
    }
}
