package org.stocktake.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.stocktake.shared.InvalidInputException;
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
            cmd.getErr().println("输入有误，未作任何修改 / the input was refused, nothing was changed ("
                    + invalid.problems().size() + "):");
            for (Problem p : invalid.problems()) {
                cmd.getErr().println(invalid.source() + ": " + p.where() + ": " + p.zh() + " / " + p.en());
            }
            return REFUSED;
        }
        cmd.getErr().println("失败 / failed: " + describe(e));
        return REFUSED;
    }

    /** Wrong arguments: what is wrong (with the valid choices where the command names them), exit 2. */
    static final class Usage implements CommandLine.IParameterExceptionHandler {

        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("参数有误 / wrong arguments: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
            cmd.getErr().println("用法见 / usage: " + cmd.getCommandSpec().qualifiedName() + " --help");
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        }
    }

    /** A file-system failure in words, with the file it concerns; other failures by their message. */
    static String describe(Throwable e) {
        if (e instanceof FileSystemException fs) {
            String file = fs.getFile() == null ? "" : fs.getFile();
            String what;
            if (fs instanceof NoSuchFileException) {
                what = "找不到文件或目录 / no such file or directory";
            } else if (fs instanceof AccessDeniedException) {
                what = "没有权限 / permission denied";
            } else if (fs instanceof DirectoryNotEmptyException) {
                what = "是一个非空目录，不能替换 / is a directory that is not empty, it cannot be replaced";
            } else if (fs instanceof FileAlreadyExistsException) {
                what = "已有同名文件挡住了所需的目录 / a file is in the way of a directory";
            } else if (fs instanceof NotDirectoryException) {
                what = "不是目录 / is not a directory";
            } else {
                what = "文件操作失败 / file operation failed" + (fs.getReason() == null ? "" : " (" + fs.getReason() + ")");
            }
            return what + ": " + file;
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "文件编码无法识别 / the file's text encoding could not be read";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
