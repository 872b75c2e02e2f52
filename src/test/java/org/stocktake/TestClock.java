package org.stocktake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock tests set by hand: it stands still at 09:00 (Asia/Shanghai) of the day it was set to. */
public final class TestClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private volatile Instant now =
            LocalDate.of(2026, 1, 10).atTime(9, 0).atZone(ZONE).toInstant();

    public void set(LocalDate day) {
        now = day.atTime(9, 0).atZone(ZONE).toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, ZONE);
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
