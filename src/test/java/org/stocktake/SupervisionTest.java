package org.stocktake;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NewUser;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.accounts.Role;
import org.stocktake.shared.LocalizedText;

/**
 * Base of supervision tests: the whole platform on its own embedded PostgreSQL (under
 * {@code target/it-tasks}), a clock the test sets, and an in-process SMTP server (GreenMail)
 * receiving the platform's e-mail. All such tests share one application context (apart from the
 * other platform tests' one, whose clock is the system's and whose data the moved clock would
 * disturb); each test makes its own units and users with unique names.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "stocktake.data-dir=" + SupervisionTest.DATA_DIR,
            "stocktake.admin.initial-password=" + SupervisionTest.ADMIN_PASSWORD,
            "spring.mail.host=localhost",
            "stocktake.supervision.daily-cron=-"
        })
@Import(TestClockConfiguration.class)
public abstract class SupervisionTest {

    /** The data directory of this shared platform. */
    public static final String DATA_DIR = "target/it-tasks";

    public static final String ADMIN_PASSWORD = "first-admin-password";
    public static final String PASSWORD = "a-good-password";
    public static final GreenMail MAIL;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    static {
        PlatformTest.deleteTree(Path.of(DATA_DIR));
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

    @Autowired
    protected AccountService accounts;

    @Autowired
    private JdbcClient supervisionJdbc;

    /** Waits until every module listener has finished its work (see {@link Publications}). */
    @BeforeEach
    protected void awaitListeners() {
        Publications.awaitCompletion(supervisionJdbc);
    }

    @Autowired
    protected Clock clock;

    protected TestClock clock() {
        return (TestClock) clock;
    }

    protected Actor admin() {
        return accounts.actorOf("admin");
    }

    /** A new unit with a unique code (prefix + a number); its region as given. */
    protected String unit(String prefix, String kind, String region) {
        int n = SEQUENCE.incrementAndGet();
        String code = prefix + "-" + n;
        accounts.saveUnit(admin(), new OrgUnit(code, new LocalizedText("测试单位" + n, "Test unit " + n), kind, region));
        return code;
    }

    /**
     * A new user with a unique name and no e-mail address; returned as an actor. (Every coordinator
     * hears of every light change, so addresses for all the users the tests make would send
     * thousands of e-mails whenever a test moves the clock; a test about e-mail uses
     * {@link #userWithMail}.)
     */
    protected Actor user(String prefix, Role role, String unit) {
        return user(prefix, role, unit, false);
    }

    /** A new user with a unique name and an e-mail address ({@code name@example.org}). */
    protected Actor userWithMail(String prefix, Role role, String unit) {
        return user(prefix, role, unit, true);
    }

    private Actor user(String prefix, Role role, String unit, boolean mail) {
        String name = prefix + SEQUENCE.incrementAndGet();
        accounts.createUser(
                admin(), new NewUser(name, "用户 " + name, mail ? name + "@example.org" : null, role, unit, PASSWORD));
        return accounts.actorOf(name);
    }
}
