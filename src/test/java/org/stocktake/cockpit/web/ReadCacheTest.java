package org.stocktake.cockpit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stocktake.observations.ObservationsChanged;
import org.stocktake.observations.Status;
import org.stocktake.plan.PlanImported;

/** Read models are built once and rebuilt after a data event. */
class ReadCacheTest {

    @Test
    void buildsOnceUntilTheDataChange() {
        ReadCache cache = new ReadCache();
        AtomicInteger builds = new AtomicInteger();
        cache.get("k", builds::incrementAndGet);
        cache.get("k", builds::incrementAndGet);
        assertThat(builds).hasValue(1);
        cache.on(new PlanImported("hunan-central-2021", 2));
        cache.get("k", builds::incrementAndGet);
        assertThat(builds).hasValue(2);
        cache.on(new ObservationsChanged(List.of("430000"), List.of("gdp"), Status.APPROVED));
        assertThat(cache.get("k", builds::incrementAndGet)).isEqualTo(3);
    }

    /** The pages show approved values: entering, submitting or returning a value keeps the models (load: one
     * data entry a second would otherwise rebuild the cockpit for every reader). */
    @Test
    void unapprovedChangesKeepTheModels() {
        ReadCache cache = new ReadCache();
        AtomicInteger builds = new AtomicInteger();
        cache.get("k", builds::incrementAndGet);
        for (Status status : List.of(Status.DRAFT, Status.SUBMITTED, Status.RETURNED)) {
            cache.on(new ObservationsChanged(List.of("430103"), List.of("gdp"), status));
        }
        assertThat(cache.get("k", builds::incrementAndGet)).isEqualTo(1);
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
