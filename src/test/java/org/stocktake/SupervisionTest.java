package org.stocktake;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.stocktake.accounts.AccountService;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NewUser;
import org.stocktake.accounts.OrgUnit;
import org.stocktake.accounts.Role;
import org.stocktake.shared.LocalizedText;

/**
 * Base of supervision tests: the shared platform ({@link PlatformTest}) with a clock the test sets
 * (at 2026-01-10 09:00 when each test class starts, see {@link TestClockReset}) and the platform's
 * e-mail in {@link #MAIL}. Each test makes its own units and users with unique names.
 */
public abstract class SupervisionTest extends PlatformTest {

    public static final String PASSWORD = "a-good-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    protected AccountService accounts;

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
        String code = prefix + "-" + SEQUENCE.incrementAndGet();
        accounts.saveUnit(admin(), new OrgUnit(code, new LocalizedText("单位" + code, "Unit " + code), kind, region));
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
        accounts.createUser(admin(), new NewUser(name, "用户 " + name, mail ? name + "@example.org" : null, role, unit,
                PASSWORD));
        return accounts.actorOf(name);
    }
}
