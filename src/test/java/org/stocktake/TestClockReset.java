package org.stocktake;

import java.time.LocalDate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The shared platform's clock at the start of each test class: a supervision test starts on
 * 2026-01-10 (and sets the days it needs); every other platform test sees the system's time, as
 * the platform would without a test clock.
 */
public class TestClockReset implements TestExecutionListener {

    static final LocalDate SUPERVISION_START = LocalDate.of(2026, 1, 10);

    @Override
    public void beforeTestClass(TestContext context) {
        TestClock clock = context.getApplicationContext().getBean(TestClock.class);
        if (SupervisionTest.class.isAssignableFrom(context.getTestClass())) {
            clock.set(SUPERVISION_START);
        } else {
            clock.followSystem();
        }
    }
}
