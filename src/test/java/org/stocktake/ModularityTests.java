package org.stocktake;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Fails on a cycle between modules or on a module reaching into another's internals. */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(StocktakeApplication.class).verify();
    }
}
