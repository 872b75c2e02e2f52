package org.stocktake.parks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stocktake.accounts.Actor;

/**
 * On a start with an empty park registry (and the Hunan divisions loaded), loads the sample park
 * registry and three years of sample values that ship with Stocktake: invented data, each park
 * named 模拟数据 / simulated data and flagged as sample, until a real registry is imported; each
 * sample year is evaluated, so the pages show the trajectory and the decisions the rules imply.
 */
@Component
@ConditionalOnProperty(name = "stocktake.seed.enabled", havingValue = "true", matchIfMissing = true)
class ParkSeed {

    static final String REGISTRY = "SAMPLE-parks.csv";
    static final String VALUES = "SAMPLE-park-values.csv";
    private static final Logger log = LoggerFactory.getLogger(ParkSeed.class);

    private final ParkService parks;
    private final org.stocktake.regions.RegionService regions;

    ParkSeed(ParkService parks, org.stocktake.regions.RegionService regions) {
        this.parks = parks;
        this.regions = regions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (!parks.registry().isEmpty() || regions.find("430100").isEmpty()) {
            return;
        }
        Actor seed = Actor.system("seed");
        int registry = parks.importParks(seed, REGISTRY, ParkService.resource("/parks/" + REGISTRY), true);
        int values = parks.importValues(seed, VALUES, ParkService.resource("/parks/" + VALUES));
        for (int year : parks.years()) {
            parks.evaluate(seed, year, org.stocktake.shared.Messages.zh("parks.seed.document"));
        }
        log.info("已载入园区样例数据（模拟数据）/ loaded the sample parks (simulated data): {} parks, {} values", registry, values);
    }
}
