package org.stocktake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A clock tests set by hand: once set, it stands still at 09:00 (Asia/Shanghai) of the day it was
 * set to; until then, and again after {@link #followSystem()}, it tells the system's time.
 */
public final class TestClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private volatile Instant fixed;

    public void set(LocalDate day) {
        fixed = day.atTime(9, 0).atZone(ZONE).toInstant();
    }

    /** Back to the system's time. */
    public void followSystem() {
        fixed = null;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), ZONE);
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant now = fixed;
        return now == null ? Clock.system(zone) : Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }
}
