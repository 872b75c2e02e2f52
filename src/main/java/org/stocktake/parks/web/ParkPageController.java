package org.stocktake.parks.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stocktake.parks.Decision;
import org.stocktake.parks.ManagementRule;
import org.stocktake.parks.Park;
import org.stocktake.parks.ParkScore;
import org.stocktake.parks.ParkService;
import org.stocktake.platform.When;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;

/** The park registry with the latest places and decisions, and a park's page with its trajectory and decisions. */
@Controller
class ParkPageController {

    private final ParkService parks;
    private final RegionService regions;
    private final org.stocktake.accounts.AccountService accounts;

    ParkPageController(ParkService parks, RegionService regions, org.stocktake.accounts.AccountService accounts) {
        this.parks = parks;
        this.regions = regions;
        this.accounts = accounts;
    }

    /** Who decided, in words: a user by their display name, the platform's own jobs as such. */
    private String who(String username, Locale locale) {
        if (username.startsWith("system:")) {
            return Messages.get(locale, "parks.decided-by.system");
        }
        return accounts.user(username)
                .map(org.stocktake.accounts.UserView::displayName)
                .orElse(username);
    }

    /** A park as the registry lists it. */
    record ParkRow(
            String code,
            String name,
            String level,
            String kind,
            String region,
            String area,
            String score,
            String place,
            String decision,
            Double lon,
            Double lat,
            Double value) {}

    /** A year of a park's trajectory. */
    record YearRow(int year, String score, String place) {}

    /** A decision as the page shows it. */
    record DecisionRow(
            int year, String action, String actionCode, String rule, String by, String at, String document) {}

    @GetMapping("/parks")
    String registry(Locale locale, Model model) {
        Map<String, ParkScore> latest = parks.latestScores();
        Map<String, List<Decision>> decisions = parks.years().stream()
                .flatMap(y -> parks.decisions(y).stream())
                .collect(Collectors.groupingBy(Decision::park));
        Map<String, ManagementRule> rules = rules();
        List<ParkRow> rows = parks.registry().stream()
                .map(p -> {
                    ParkScore s = latest.get(p.code());
                    List<Decision> ds = decisions.getOrDefault(p.code(), List.of());
                    Decision last = ds.isEmpty() ? null : ds.get(ds.size() - 1);
                    return new ParkRow(
                            p.code(),
                            p.name().in(locale),
                            Messages.get(locale, "parks.level." + p.level().code()),
                            Messages.get(locale, "parks.kind." + p.kind().code()),
                            regionName(p.region(), locale),
                            p.areaKm2() == null ? "—" : String.format(Locale.ROOT, "%.1f", p.areaKm2()),
                            s == null ? "—" : score(s),
                            s == null ? "—" : place(s, locale),
                            last == null ? "" : last.year() + " " + action(last, locale),
                            p.lon(),
                            p.lat(),
                            s == null ? null : s.score());
                })
                .toList();
        model.addAttribute("parks", rows);
        model.addAttribute("attribution", org.stocktake.regions.Boundaries.ATTRIBUTION);
        model.addAttribute("sample", parks.registry().stream().anyMatch(Park::sample));
        model.addAttribute(
                "year", latest.values().stream().mapToInt(ParkScore::year).max().orElse(0));
        model.addAttribute(
                "rules", rules.values().stream().map(r -> r.name().in(locale)).toList());
        return "parks";
    }

    @GetMapping("/parks/{code}")
    String park(@PathVariable String code, Locale locale, Model model) {
        Park park = parks.find(code)
                .orElseThrow(() -> new InvalidInputException(
                        "park", List.of(Problem.of(Messages.zh("parks.where.park"), "parks.no-such", code))));
        Map<String, ManagementRule> rules = rules();
        model.addAttribute("park", park);
        model.addAttribute("name", park.name().in(locale));
        model.addAttribute(
                "level", Messages.get(locale, "parks.level." + park.level().code()));
        model.addAttribute(
                "kind", Messages.get(locale, "parks.kind." + park.kind().code()));
        model.addAttribute("region", regionName(park.region(), locale));
        model.addAttribute(
                "trajectory",
                parks.trajectory(code).stream()
                        .map(s -> new YearRow(s.year(), score(s), place(s, locale)))
                        .toList());
        model.addAttribute(
                "decisions",
                parks.decisions(code).stream()
                        .map(d -> new DecisionRow(
                                d.year(),
                                action(d, locale),
                                d.action(),
                                rules.containsKey(d.rule())
                                        ? rules.get(d.rule()).name().in(locale)
                                        : d.rule(),
                                who(d.decidedBy(), locale),
                                When.day(d.decidedAt(), locale),
                                d.document()))
                        .toList());
        return "park";
    }

    private Map<String, ManagementRule> rules() {
        return parks.rules().stream()
                .collect(Collectors.toMap(ManagementRule::code, r -> r, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The action in words; an action the bundles do not know (a rules file's own) is shown as written there. */
    private static String action(Decision d, Locale locale) {
        try {
            return Messages.get(locale, "parks.action." + d.action());
        } catch (java.util.MissingResourceException e) {
            return d.action();
        }
    }

    private String regionName(String code, Locale locale) {
        return regions.find(code).map(r -> r.name().in(locale)).orElse(code);
    }

    private static String score(ParkScore s) {
        return s.score() == null ? "—" : String.format(Locale.ROOT, "%.1f", s.score());
    }

    private static String place(ParkScore s, Locale locale) {
        return s.peerRank() == null
                ? Messages.get(locale, "parks.no-rank")
                : Messages.get(locale, "parks.place", s.peerRank(), s.peerSize());
    }
}
