package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.stocktake.PlatformTest;

/**
 * {@code stocktake serve} on an empty data directory: the platform answers with the Hunan data
 * within 60 seconds, and the data are still there after a restart.
 */
class ServeCommandTest {

    private static final Path DATA = Path.of("target/serve-data");

    @Test
    void servesTheHunanDataWithinSixtySecondsAndAgainAfterARestart() throws Exception {
        PlatformTest.deleteTree(DATA);
        for (int run = 1; run <= 2; run++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Instant started = Instant.now();
            Process server = CliProcess.start(DATA, "serve", "--port", Integer.toString(port));
            CliProcess.waitForLine(server, "Starting");
            try {
                String regions = waitFor("http://localhost:" + port + "/api/v1/regions?level=prefecture", server);
                assertThat(Duration.between(started, Instant.now()))
                        .as("run " + run)
                        .isLessThan(Duration.ofSeconds(60));
                assertThat(regions).contains("430100", "433100");
                assertThat(waitFor("http://localhost:" + port + "/api/v1/targets", server))
                        .contains("manufacturing_va_share_gdp");
            } finally {
                server.destroy();
                assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    private static String waitFor(String url, Process server) throws Exception {
        return CliProcess.awaitOk(url, server, 60);
    }
}
