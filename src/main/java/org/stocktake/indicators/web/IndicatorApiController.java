package org.stocktake.indicators.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.indicators.Indicator;
import org.stocktake.indicators.IndicatorService;

/** The indicator definitions in JSON. */
@RestController
class IndicatorApiController {

    private final IndicatorService indicators;

    IndicatorApiController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/api/v1/indicators")
    List<Indicator> indicators() {
        return indicators.all();
    }
}
