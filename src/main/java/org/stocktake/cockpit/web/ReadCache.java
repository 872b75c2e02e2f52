package org.stocktake.cockpit.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stocktake.observations.ObservationsChanged;
import org.stocktake.plan.PlanImported;

/**
 * The pages' read models, built once and kept until the data change: a new plan or changed approved
 * observations empty the cache after the change commits (module listeners), and the next request
 * builds afresh; new verdicts (a task's light turning changes a qualitative target's verdict) empty it
 * through {@link ReadModelWarmer}, which builds the cockpit again at once. The cockpit's task panel
 * reads the tasks' lights live ({@link PlanTaskLights}), so a light turning needs no clearing here.
 */
@Component
class ReadCache {

    private static final Logger log = LoggerFactory.getLogger(ReadCache.class);

    private final Map<String, Object> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> build) {
        Object cached = entries.get(key);
        if (cached != null) {
            return (T) cached;
        }
        long before = generation.get();
        T built = build.get();
        synchronized (this) {
            if (generation.get() == before) {
                entries.put(key, built);
            }
        }
        return built;
    }

    /** Forgets every model; one being built from older data meanwhile is served once but not kept. */
    synchronized void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    @ApplicationModuleListener
    void on(PlanImported event) {
        changed(event);
    }

    /** The pages show approved values only: a draft, a submission or a return changes nothing they show. */
    @ApplicationModuleListener
    void on(ObservationsChanged event) {
        if (event.approvedValues()) {
            changed(event);
        }
    }

    void changed(Object event) {
        log.debug(
                "data changed ({}): page read models will be rebuilt",
                event.getClass().getSimpleName());
        clear();
    }
}
