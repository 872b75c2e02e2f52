package org.stocktake.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the web platform until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    private static volatile boolean serving;

    @Option(names = "--port", descriptionKey = "cli.help.serve.port", defaultValue = "8080")
    int port;

    static boolean serving() {
        return serving;
    }

    @Override
    public Integer call() {
        Spring.start(true, "--server.port=" + port);
        serving = true;
        return 0;
    }
}
