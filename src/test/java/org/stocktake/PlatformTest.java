package org.stocktake;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Base of tests that run the whole platform on a real embedded PostgreSQL in a fresh data
 * directory under {@code target/}; the Hunan data set loads as on a first start. All such tests
 * (this class's and {@link SupervisionTest}'s) share one application context — so nothing here
 * may vary between them: the properties, the test clock and the in-process SMTP server (GreenMail)
 * receiving the platform's e-mail are the same for all. The clock follows the system clock unless
 * a supervision test sets it ({@link TestClockReset}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "stocktake.data-dir=" + PlatformTest.DATA_DIR, "stocktake.admin.initial-password=" + PlatformTest.ADMIN_PASSWORD,
    "spring.mail.host=localhost", "stocktake.supervision.daily-cron=-"})
@Import(TestClockConfiguration.class)
@TestExecutionListeners(listeners = TestClockReset.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class PlatformTest {

    /** The data directory of the shared platform. */
    public static final String DATA_DIR = "target/it-data";
    public static final String ADMIN_PASSWORD = "first-admin-password";
    public static final GreenMail MAIL;

    static {
        deleteTree(Path.of(DATA_DIR));
        try (ServerSocket socket = new ServerSocket(0)) {
            MAIL = new GreenMail(new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MAIL.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
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
