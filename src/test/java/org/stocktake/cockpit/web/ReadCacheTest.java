package org.stocktake.cockpit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stocktake.plan.PlanImported;
import org.stocktake.verdicts.VerdictsRecomputed;

/** Read models are built once and rebuilt after any Stocktake data event, not after other events. */
class ReadCacheTest {

    @Test
    void buildsOnceUntilTheDataChange() {
        ReadCache cache = new ReadCache();
        AtomicInteger builds = new AtomicInteger();
        cache.get("k", builds::incrementAndGet);
        cache.get("k", builds::incrementAndGet);
        assertThat(builds).hasValue(1);
        cache.on("some string event");
        cache.get("k", builds::incrementAndGet);
        assertThat(builds).hasValue(1);
        cache.on(new PlanImported("hunan-central-2021", 2));
        cache.get("k", builds::incrementAndGet);
        assertThat(builds).hasValue(2);
        cache.on(new VerdictsRecomputed("hunan-central-2021", 108));
        assertThat(cache.get("k", builds::incrementAndGet)).isEqualTo(3);
    }

    @Test
    void aModelBuiltFromDataThatChangedMeanwhileIsNotKept() {
        ReadCache cache = new ReadCache();
        AtomicInteger builds = new AtomicInteger();
        cache.get("k", () -> {
            cache.on(new PlanImported("hunan-central-2021", 3));
            return builds.incrementAndGet();
        });
        assertThat(cache.get("k", builds::incrementAndGet)).isEqualTo(2);
    }
}
