package org.stocktake.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the web platform until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "启动平台（默认使用内置 PostgreSQL 并载入湖南数据）/ run the platform")
final class ServeCommand implements Callable<Integer> {

    private static volatile boolean serving;

    @Option(names = "--port", description = "HTTP 端口 / HTTP port (default ${DEFAULT-VALUE})", defaultValue = "8080")
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
