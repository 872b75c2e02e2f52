package org.stocktake.parks.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.parks.Decision;
import org.stocktake.parks.Park;
import org.stocktake.parks.ParkScore;
import org.stocktake.parks.ParkService;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;

/** The park registry, a park's trajectory and decisions in JSON (public reads, like the pages). */
@RestController
@RequestMapping("/api/v1/parks")
class ParkApiController {

    private final ParkService parks;

    ParkApiController(ParkService parks) {
        this.parks = parks;
    }

    /** A park with its scores by year and its decisions. */
    record ParkDetail(Park park, List<ParkScore> trajectory, List<Decision> decisions) {}

    @GetMapping
    List<Park> registry() {
        return parks.registry();
    }

    @GetMapping("/{code}")
    ParkDetail park(@PathVariable String code) {
        Park park = parks.find(code)
                .orElseThrow(() -> new InvalidInputException(
                        "park", List.of(Problem.of(Messages.zh("parks.where.park"), "parks.no-such", code))));
        return new ParkDetail(park, parks.trajectory(code), parks.decisions(code));
    }
}
