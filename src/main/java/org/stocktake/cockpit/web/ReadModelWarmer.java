package org.stocktake.cockpit.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stocktake.verdicts.VerdictsRecomputed;

/**
 * Builds the cockpit's read models when the server is ready, and once new verdicts are stored
 * empties the read cache and builds them again, so the first reader after a data change does not
 * wait for them.
 */
@Component
class ReadModelWarmer {

    private static final Logger log = LoggerFactory.getLogger(ReadModelWarmer.class);

    private final CockpitReadModel cockpit;
    private final MapReadModel maps;
    private final ReadCache cache;

    ReadModelWarmer(CockpitReadModel cockpit, MapReadModel maps, ReadCache cache) {
        this.cache = cache;
        this.cockpit = cockpit;
        this.maps = maps;
    }

    private volatile boolean serving;

    /** Only a serving web application warms up; command-line runs do not. */
    @EventListener
    void ready(ApplicationReadyEvent event) {
        serving = event.getApplicationContext() instanceof WebServerApplicationContext;
        if (serving) {
            warm();
        }
    }

    @ApplicationModuleListener
    void recomputed(VerdictsRecomputed event) {
        cache.changed(event);
        if (serving) {
            warm();
        }
    }

    private void warm() {
        long start = System.nanoTime();
        try {
            cockpit.cockpit(null);
            maps.map(null, null);
            log.debug("cockpit read models built in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn(
                    "驾驶舱读模型未能预先生成，将在首次访问时生成 / the cockpit read models could not be built ahead; "
                            + "they will be built on first use: {}",
                    e.getMessage());
        }
    }
}
