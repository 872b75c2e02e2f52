package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A server started with its database unreachable says so in one line and exits non-zero. */
class DatabaseUnreachableTest {

    @Test
    void aStartWithTheDatabaseUnreachableSaysSoInOneLine() throws Exception {
        int closed = Served.freePort();
        ProcessBuilder builder = CliProcess.builder(
                Path.of("target/unreachable-data"), "serve", "--port", Integer.toString(Served.freePort()));
        builder.environment().put("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:" + closed + "/stocktake");
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "stocktake");
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "secret");
        Process p = builder.start();
        List<String> output = CliProcess.drain(p);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String all = String.join("\n", output);
        assertThat(p.exitValue()).as(all).isNotZero();
        assertThat(output)
                .as(all)
                .anyMatch(l ->
                        l.contains("无法连接数据库 / the database cannot be reached") && l.contains("127.0.0.1:" + closed));
        assertThat(output)
                .as("no stack trace:\n" + all)
                .noneMatch(l -> l.startsWith("\tat ")
                        || l.startsWith("Caused by")
                        || l.startsWith("SQL State")
                        || l.startsWith("Message "));
        assertThat(output.stream().filter(l -> l.contains("127.0.0.1:" + closed)))
                .as(all)
                .hasSize(1);
        assertThat(all).doesNotContain("secret");
    }
}
