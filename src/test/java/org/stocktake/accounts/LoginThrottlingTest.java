package org.stocktake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stocktake.Http;
import org.stocktake.SupervisionTest;

/**
 * The lockout under concurrency: however many logins run at once, at most {@code max-failures}
 * (5) passwords are checked before the account locks, and a locked account refuses the right
 * password. A login's answer says which happened: {@code /login?error} (the password was checked
 * and wrong), {@code /login?locked} (refused unchecked), or a redirect into the platform.
 */
class LoginThrottlingTest extends SupervisionTest {

    private static final int MAX = 5;

    @LocalServerPort
    int port;

    @Autowired
    AuditService audit;

    @Test
    void fortyParallelWrongPasswordsGetFiveChecksAndTheRightPasswordIsThenRefused() throws Exception {
        Actor user = user("par", Role.VIEWER, null);
        List<String> answers = parallelLogins(user.username(), 40, -1);

        assertThat(answers).filteredOn(a -> a.endsWith("/login?error")).hasSize(MAX);
        assertThat(answers).filteredOn(a -> a.endsWith("/login?locked")).hasSize(40 - MAX);
        assertThat(audit.find("user", user.username(), null))
                .filteredOn(e -> e.action().equals("lock"))
                .hasSize(1);

        Http right = Http.session(port, user.username(), PASSWORD);
        assertThat(right.lastRedirect).endsWith("/login?locked");
        assertThat(right.page("/tasks").headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/login");
    }

    @Test
    void withFourFailuresBehindThirtyParallelGuessesIncludingTheRightOneGetExactlyOneCheck() throws Exception {
        Actor user = user("guess", Role.VIEWER, null);
        for (int i = 0; i < MAX - 1; i++) {
            assertThat(Http.session(port, user.username(), "wrong-password-" + i).lastRedirect)
                    .endsWith("/login?error");
        }
        List<String> answers = parallelLogins(user.username(), 30, 17);

        long checked =
                answers.stream().filter(a -> !a.endsWith("/login?locked")).count();
        assertThat(checked).as("passwords checked among %s", answers).isEqualTo(1);
        // the fifth check used up the allowance: the account stays locked, even for the right password
        assertThat(Http.session(port, user.username(), PASSWORD).lastRedirect).endsWith("/login?locked");
    }

    @Test
    void aLockedAccountRefusesThirtyParallelTriesOfTheRightPassword() throws Exception {
        Actor user = user("locked", Role.VIEWER, null);
        for (int i = 0; i < MAX; i++) {
            assertThat(Http.session(port, user.username(), "wrong-password-" + i).lastRedirect)
                    .endsWith("/login?error");
        }
        List<String> answers = parallelLogins(
                user.username(),
                30,
                0,
                1,
                2,
                3,
                4,
                5,
                6,
                7,
                8,
                9,
                10,
                11,
                12,
                13,
                14,
                15,
                16,
                17,
                18,
                19,
                20,
                21,
                22,
                23,
                24,
                25,
                26,
                27,
                28,
                29);
        assertThat(answers).allMatch(a -> a.endsWith("/login?locked"));
    }

    @Test
    void aRightPasswordStartsTheCountAgainAndTheLockEnds() {
        Actor user = user("count", Role.VIEWER, null);
        for (int i = 0; i < MAX - 2; i++) {
            assertThat(Http.session(port, user.username(), "wrong-password-" + i).lastRedirect)
                    .endsWith("/login?error");
        }
        assertThat(Http.session(port, user.username(), PASSWORD).lastRedirect).doesNotContain("/login");
        for (int i = 0; i < MAX; i++) {
            assertThat(Http.session(port, user.username(), "wrong-password-" + i).lastRedirect)
                    .endsWith("/login?error");
        }
        assertThat(Http.session(port, user.username(), PASSWORD).lastRedirect).endsWith("/login?locked");

        LocalDate today = clock().today();
        try {
            clock().set(today.plusDays(1));
            assertThat(Http.session(port, user.username(), PASSWORD).lastRedirect)
                    .doesNotContain("/login");
        } finally {
            clock().set(today);
        }
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        assertThat(Http.session(port, "nobody-at-all", "wrong-password").lastRedirect)
                .endsWith("/login?error");
    }

    /**
     * Runs {@code count} logins at once (all released together); those whose index is in
     * {@code right} use the right password, the others wrong ones. Returns where each answer redirected.
     */
    private List<String> parallelLogins(String username, int count, int... right) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String password = contains(right, i) ? PASSWORD : "wrong-password-" + i;
                Callable<String> login = () -> {
                    start.await();
                    return Http.session(port, username, password).lastRedirect;
                };
                futures.add(pool.submit(login));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
