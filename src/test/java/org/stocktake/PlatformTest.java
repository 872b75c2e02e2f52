package org.stocktake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of tests that run the whole platform on a real embedded PostgreSQL in a fresh data
 * directory under {@code target/}; the Hunan data set loads as on a first start. All such tests
 * share one application context, so nothing here may vary between them. (The supervision tests,
 * which move a test clock, share another: {@link SupervisionTest}.) Each test starts once the
 * listeners of earlier changes (the first start's verdicts among them) have finished;
 * {@link #awaitListeners()} waits for them again.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "stocktake.data-dir=" + PlatformTest.DATA_DIR)
public abstract class PlatformTest {

    /** The data directory of this shared platform. */
    public static final String DATA_DIR = "target/it-data";

    @Autowired
    private JdbcClient platformJdbc;

    /** Waits until every module listener has finished its work (see {@link Publications}). */
    @BeforeEach
    protected void awaitListeners() {
        Publications.awaitCompletion(platformJdbc);
    }

    static {
        deleteTree(Path.of(DATA_DIR));
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
