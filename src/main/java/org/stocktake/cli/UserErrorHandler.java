package org.stocktake.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;
import picocli.CommandLine;

/**
 * Exit codes of the command line: 0 done; 2 wrong arguments (picocli's usage errors, and the
 * {@link CommandLine.ParameterException}s that commands throw for a bad option value, each naming the
 * valid choices); 1 refused input data (every problem listed with file, row and column, nothing
 * changed) or a run that failed (a file that cannot be read or written, said in words). No stack
 * trace is printed for any of them.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    static final int REFUSED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof InvalidInputException)) {
            cause = cause.getCause();
        }
        if (cause instanceof InvalidInputException invalid) {
            cmd.getErr().println(Messages.zh("cli.refused", invalid.problems().size()));
            for (Problem p : invalid.problems()) {
                cmd.getErr().println(invalid.source() + ": " + p.where() + ": " + p.zh() + " / " + p.en());
            }
            return REFUSED;
        }
        cmd.getErr().println(Messages.zh("cli.failed", describe(e)));
        return REFUSED;
    }

    /** Wrong arguments: what is wrong (with the valid choices where the command names them), exit 2. */
    static final class Usage implements CommandLine.IParameterExceptionHandler {

        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(Messages.zh("cli.wrong-arguments", e.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
            cmd.getErr().println(Messages.zh("cli.usage", cmd.getCommandSpec().qualifiedName()));
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        }
    }

    /** A file-system failure in words, with the file it concerns; other failures by their message. */
    static String describe(Throwable e) {
        if (e instanceof FileSystemException fs) {
            String file = fs.getFile() == null ? "" : fs.getFile();
            String what;
            if (fs instanceof NoSuchFileException) {
                what = Messages.zh("cli.fs.no-such");
            } else if (fs instanceof AccessDeniedException) {
                what = Messages.zh("cli.fs.denied");
            } else if (fs instanceof DirectoryNotEmptyException) {
                what = Messages.zh("cli.fs.not-empty");
            } else if (fs instanceof FileAlreadyExistsException) {
                what = Messages.zh("cli.fs.in-the-way");
            } else if (fs instanceof NotDirectoryException) {
                what = Messages.zh("cli.fs.not-directory");
            } else {
                what = Messages.zh("cli.fs.failed") + (fs.getReason() == null ? "" : " (" + fs.getReason() + ")");
            }
            return what + ": " + file;
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return Messages.zh("cli.encoding");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
