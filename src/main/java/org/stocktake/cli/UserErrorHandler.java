package org.stocktake.cli;

import java.util.Locale;
import org.stocktake.shared.InvalidInputException;
import picocli.CommandLine;

/** Prints refused input as a list of problems, without a stack trace; other failures exit 1. */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof InvalidInputException)) {
            cause = cause.getCause();
        }
        if (cause instanceof InvalidInputException invalid) {
            cmd.getErr().println("输入有误，未作任何修改 / the input was refused, nothing was changed ("
                    + invalid.problems().size() + "):");
            cmd.getErr().println(invalid.report(Locale.SIMPLIFIED_CHINESE));
            return 1;
        }
        cmd.getErr().println("失败 / failed: " + e.getMessage());
        return 1;
    }
}
