package org.stocktake.enclaves;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.Role;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.observations.Observation;
import org.stocktake.observations.ObservationService;
import org.stocktake.parks.Park;
import org.stocktake.parks.ParkService;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;

/**
 * The door of enclaves. Who may do what, in one place: a coordinator records and imports
 * agreements; agreements and the assessment view are shown to coordinators and leaders, and to a
 * liaison or head for the agreements one of whose parties lies in their region; the statistical
 * view (the official figures) to anyone. Viewers, administrators and anonymous callers never see
 * the assessment view.
 */
@Service
public class EnclaveService {

    private final AgreementRepository repository;
    private final ParkService parks;
    private final RegionService regions;
    private final IndicatorService indicators;
    private final ObservationService observations;
    private final Clock clock;
    private final org.stocktake.evaluation.CompositeService composite;

    EnclaveService(
            AgreementRepository repository,
            ParkService parks,
            RegionService regions,
            IndicatorService indicators,
            ObservationService observations,
            Clock clock,
            org.stocktake.evaluation.CompositeService composite) {
        this.composite = composite;
        this.repository = repository;
        this.parks = parks;
        this.regions = regions;
        this.indicators = indicators;
        this.observations = observations;
        this.clock = clock;
    }

    /** Whether the caller may see agreements and the assessment view at all. */
    public boolean mayAssess(Actor actor) {
        return actor.is(Role.COORDINATOR, Role.LEADER, Role.LIAISON, Role.HEAD);
    }

    /** The agreements the caller may see (refused to those who may see none). */
    public List<Agreement> agreements(Actor actor) {
        if (!mayAssess(actor)) {
            throw new NotPermittedException(actor, "enclaves.refused.read");
        }
        return repository.all().stream().filter(a -> visible(actor, a)).toList();
    }

    private static boolean visible(Actor actor, Agreement a) {
        return actor.is(Role.COORDINATOR, Role.LEADER)
                || actor.coversRegion(a.sender())
                || actor.coversRegion(a.host());
    }

    /** Records an agreement typed in the form; refused whole with every problem, each naming its field. */
    @Transactional
    public Agreement record(Actor actor, AgreementDraft draft) {
        requireCoordinator(actor);
        AgreementChecks.Result result =
                AgreementChecks.check(draft, (rule, field) -> Messages.zh("enclaves.field." + field), lookups());
        if (!result.problems().isEmpty()) {
            throw new InvalidInputException(Messages.zh("enclaves.form"), result.problems());
        }
        return save(actor, result.agreement());
    }

    /** Imports an agreements file whole (all or nothing); returns the number of agreements. */
    @Transactional
    public int importAgreements(Actor actor, String source, String csv) {
        requireCoordinator(actor);
        List<Problem> problems = new ArrayList<>();
        List<Agreement> checked = new ArrayList<>();
        for (EnclaveFiles.Read read : EnclaveFiles.read(source, csv)) {
            AgreementChecks.Result result = AgreementChecks.check(read.draft(), EnclaveFiles.where(read), lookups());
            problems.addAll(result.problems());
            if (result.agreement() != null) {
                checked.add(result.agreement());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        checked.forEach(a -> save(actor, a));
        return checked.size();
    }

    private Agreement save(Actor actor, Agreement a) {
        long id = repository.insert(a, actor.username(), clock.instant());
        return new Agreement(
                id, a.name(), a.sender(), a.host(), a.park(), a.document(), a.validFrom(), a.validTo(), a.rules());
    }

    private AgreementChecks.Lookups lookups() {
        return new AgreementChecks.Lookups(
                code -> regions.find(code).isPresent(),
                code -> parks.find(code).map(Park::region),
                code -> indicators.find(code).isPresent());
    }

    /** The ledger of a year in one view, as the caller may see it. */
    public record LedgerView(int year, View view, List<Ledger.Line> lines, List<Agreement> agreements) {

        /** Every page, export and report of the assessment view says it may not be published. */
        public boolean notForPublication() {
            return view == View.ASSESSMENT;
        }
    }

    /**
     * The ledger of a year. The statistical view is open to anyone (it is the official figure);
     * the assessment view only to those who may see the agreements behind it.
     */
    public LedgerView ledger(Actor actor, int year, View view) {
        if (view == View.ASSESSMENT && !mayAssess(actor)) {
            throw new NotPermittedException(actor, "enclaves.refused.assessment");
        }
        List<Agreement> agreements = repository.all().stream()
                .filter(a -> view == View.STATISTICAL || visible(actor, a))
                .toList();
        List<Ledger.Line> lines = Ledger.lines(agreements, figures(), year);
        if (view == View.STATISTICAL) {
            lines = lines.stream()
                    .map(l -> new Ledger.Line(
                            l.region(), l.indicator(), l.year(), l.statistical(), l.statistical(), List.of()))
                    .toList();
            agreements = List.of();
        }
        return new LedgerView(year, view, lines, agreements);
    }

    /** Both views side by side (the assessment view's rules apply). */
    public List<Ledger.Line> bothViews(Actor actor, int year) {
        return ledger(actor, year, View.ASSESSMENT).lines();
    }

    /**
     * A ledger as CSV (UTF-8 with a byte-order mark, for spreadsheets): an assessment view opens
     * with the not-for-publication line and says so again in a column of every row.
     */
    public String csv(LedgerView ledger, java.util.Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        String view = Messages.get(locale, "enclaves.view." + ledger.view().code());
        if (ledger.notForPublication()) {
            out.append("# ")
                    .append(Messages.get(locale, "enclaves.not-for-publication"))
                    .append('\n');
        }
        out.append(String.join(",", Messages.get(locale, "enclaves.csv.header").split("\\|")))
                .append('\n');
        for (Ledger.Line l : ledger.lines()) {
            out.append(ledger.year())
                    .append(',')
                    .append(l.region())
                    .append(',')
                    .append(quote(regionName(l.region(), locale)))
                    .append(',')
                    .append(l.indicator())
                    .append(',')
                    .append(quote(indicatorName(l.indicator(), locale)))
                    .append(',')
                    .append(number(l.value(ledger.view())))
                    .append(',')
                    .append(quote(view))
                    .append('\n');
        }
        return out.toString();
    }

    /**
     * The agreements in force in a year, one line each (name: sender → host, indicators split), for
     * documents on the statistical view to say which agreements change figures only in the
     * assessment view. Names and parties only, never a figure.
     */
    public List<String> inForce(int year, java.util.Locale locale) {
        return repository.all().stream()
                .filter(a -> a.coverage(year) > 0)
                .map(a -> Messages.get(
                        locale,
                        "enclaves.in-force",
                        a.name(),
                        regionName(a.sender(), locale),
                        regionName(a.host(), locale),
                        a.rules().stream()
                                .map(r -> indicatorName(r.indicator(), locale))
                                .collect(java.util.stream.Collectors.joining(
                                        Messages.get(locale, "enclaves.separator")))))
                .toList();
    }

    /** A region's name in a language (its code when unknown). */
    public String regionName(String code, java.util.Locale locale) {
        return regions.find(code).map(r -> r.name().in(locale)).orElse(code);
    }

    /** An indicator's name in a language (its code when unknown). */
    public String indicatorName(String code, java.util.Locale locale) {
        return indicators.find(code).map(i -> i.name().in(locale)).orElse(code);
    }

    private static String number(Double v) {
        return v == null
                ? ""
                : java.math.BigDecimal.valueOf(v)
                        .setScale(4, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /**
     * The prefectures' composite evaluation on one view, saying which: the statistical view is the
     * published evaluation; the assessment view moves each region's base figures by the agreements'
     * parts (only for those who may see it), and lists the lines the agreements changed.
     */
    public record ViewedEvaluation(
            View view, org.stocktake.evaluation.CompositeResult result, List<Ledger.Line> changed) {

        public boolean notForPublication() {
            return view == View.ASSESSMENT;
        }
    }

    public ViewedEvaluation evaluation(Actor actor, View view, java.util.Locale locale) {
        if (view == View.STATISTICAL) {
            return new ViewedEvaluation(view, composite.prefectures(locale), List.of());
        }
        return assessment(actor, adjustment -> composite.prefectures(locale, adjustment));
    }

    /** The prefectures' composite of a given year on either view (the assessment view refused as above). */
    public ViewedEvaluation evaluation(Actor actor, View view, int year, java.util.Locale locale) {
        if (view == View.STATISTICAL) {
            return new ViewedEvaluation(view, composite.prefectures(locale, year, (i, r, y) -> 0), List.of());
        }
        return assessment(actor, adjustment -> composite.prefectures(locale, year, adjustment));
    }

    private ViewedEvaluation assessment(
            Actor actor,
            java.util.function.Function<
                            org.stocktake.evaluation.CompositeService.Adjustment,
                            org.stocktake.evaluation.CompositeResult>
                    evaluate) {
        if (!mayAssess(actor)) {
            throw new NotPermittedException(actor, "enclaves.refused.assessment");
        }
        List<Agreement> agreements =
                repository.all().stream().filter(a -> visible(actor, a)).toList();
        Ledger.Figures figures = figures();
        java.util.Map<Integer, List<Ledger.Line>> byYear = new java.util.HashMap<>();
        org.stocktake.evaluation.CompositeResult result = evaluate.apply((indicator, region, year) ->
                byYear.computeIfAbsent(year, y -> Ledger.lines(agreements, figures, y)).stream()
                        .filter(l ->
                                l.indicator().equals(indicator) && l.region().equals(region))
                        .mapToDouble(Ledger.Line::adjustment)
                        .sum());
        List<Ledger.Line> changed = result.period().isEmpty()
                ? List.of()
                : byYear.getOrDefault(Integer.parseInt(result.period()), List.of()).stream()
                        .filter(l -> Math.abs(l.adjustment()) > 0)
                        .toList();
        return new ViewedEvaluation(View.ASSESSMENT, result, changed);
    }

    Ledger.Figures figures() {
        return new Ledger.Figures() {
            @Override
            public OptionalDouble region(String indicator, String region, int year) {
                return observations.find(indicator, region).stream()
                        .filter(o -> o.period().equals(Integer.toString(year)))
                        .map(Observation::value)
                        .mapToDouble(java.math.BigDecimal::doubleValue)
                        .findFirst();
            }

            @Override
            public OptionalDouble park(String indicator, String park, int year) {
                return parks.value(park, indicator, year);
            }
        };
    }

    private static void requireCoordinator(Actor actor) {
        if (!actor.is(Role.COORDINATOR)) {
            throw new NotPermittedException(actor, "enclaves.refused.write");
        }
    }
}
