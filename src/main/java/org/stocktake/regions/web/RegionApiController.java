package org.stocktake.regions.web;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.regions.Boundaries;
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionGroup;
import org.stocktake.regions.RegionService;

/** Regions in JSON: the hierarchy (optionally one level), the groups and the prefecture boundaries. */
@RestController
@RequestMapping("/api/v1/regions")
class RegionApiController {

    private final RegionService regions;

    RegionApiController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping
    List<Region> regions(@RequestParam(required = false) String level) {
        return regions.all().stream()
                .filter(r -> level == null || r.level().code().equals(level))
                .toList();
    }

    @GetMapping("/groups")
    List<RegionGroup> groups() {
        return regions.groups();
    }

    @GetMapping(value = "/boundaries", produces = MediaType.APPLICATION_JSON_VALUE)
    String boundaries() {
        return Boundaries.hunanPrefectures();
    }
}
