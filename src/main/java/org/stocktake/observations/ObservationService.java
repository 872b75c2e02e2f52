package org.stocktake.observations;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.accounts.Actor;
import org.stocktake.indicators.Indicator;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Period;
import org.stocktake.shared.Problem;

/**
 * Observations and their history. Reads return approved values unless they say otherwise;
 * every write appends a revision (who, when, why) and never changes or removes an earlier one.
 */
@Service
public class ObservationService {

    static final String SYSTEM = "system";

    private final ObservationRepository repository;
    private final SeriesRepository series;
    private final RegionService regions;
    private final IndicatorService indicators;
    private final ApplicationEventPublisher events;

    ObservationService(
            ObservationRepository repository,
            SeriesRepository series,
            RegionService regions,
            IndicatorService indicators,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.series = series;
        this.regions = regions;
        this.indicators = indicators;
        this.events = events;
    }

    /**
     * Stores published values after checking every row, as approved revisions by "system";
     * nothing is stored if any row is wrong, and a value already current is not stored again.
     * Package-private: only the shipped data set loads this way, at start-up (the platform acting
     * as "system"); every other write goes through a method that takes the actor.
     */
    @Transactional
    int store(String source, List<Observation> batch, List<String> rowNames) {
        Set<String> regionCodes = regions.all().stream().map(r -> r.code()).collect(Collectors.toSet());
        Set<String> indicatorCodes =
                indicators.all().stream().map(i -> i.code()).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Observation o = batch.get(i);
            if (!indicatorCodes.contains(o.indicator())) {
                problems.add(Problem.of(rowNames.get(i), "data.indicator.unknown", o.indicator()));
            }
            if (!regionCodes.contains(o.region())) {
                problems.add(Problem.of(rowNames.get(i), "data.region.unknown", o.region()));
            }
            if (!validPeriod(o.period())) {
                problems.add(Problem.of(rowNames.get(i), "data.period.bad", o.period()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        int appended = 0;
        for (Observation o : batch) {
            Edit edit = new Edit(o.value(), o.unit(), o.source(), Set.of());
            if (repository.appendIfChanged(key(o), edit, Status.APPROVED, SYSTEM, "published statistics: " + source)) {
                appended++;
            }
        }
        return appended;
    }

    /** Loads the province statistics file ({@code indicator,year,value,unit,source}). */
    @Transactional
    int loadProvinceStatistics(String source, String provinceCode, Reader csv) throws IOException {
        List<Observation> batch = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (CSVRecord r : parse(csv)) {
            batch.add(new Observation(
                    r.get("indicator"),
                    provinceCode,
                    r.get("year"),
                    new BigDecimal(r.get("value")),
                    r.get("unit"),
                    r.get("source")));
            rows.add(Messages.zh("where.row", r.getRecordNumber() + 1));
        }
        return store(source, batch, rows);
    }

    /**
     * Loads the prefecture statistics file ({@code code,year,<indicator…>,source}): one row per
     * region and year, one column per indicator; blank cells are gaps and stay gaps.
     */
    @Transactional
    int loadRegionStatistics(String source, Reader csv, Map<String, Column> columns) throws IOException {
        List<Observation> batch = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (CSVRecord r : parse(csv)) {
            for (var column : columns.entrySet()) {
                String cell = r.get(column.getKey()).trim();
                if (!cell.isEmpty()) {
                    batch.add(new Observation(
                            column.getValue().indicator(),
                            r.get("code"),
                            r.get("year"),
                            new BigDecimal(cell),
                            column.getValue().unit(),
                            r.get("source")));
                    rows.add(Messages.zh("where.row-column", r.getRecordNumber() + 1, column.getKey()));
                }
            }
        }
        return store(source, batch, rows);
    }

    /** A column of a wide statistics file: the indicator it holds and the unit of its cells. */
    public record Column(String indicator, String unit) {}

    /** Every approved value (the latest approved revision of each observation). */
    public List<Observation> all() {
        return repository.approved(null, null);
    }

    /**
     * Approved yearly values of some indicators in some regions ({@code null}: every region) from
     * one year to another, ordered by indicator, region and year: one statement through the key
     * index, for readers that must not read every value (verdicts, read models).
     */
    public List<Observation> approvedYearly(
            java.util.Collection<String> indicators, java.util.Collection<String> regions, int fromYear, int toYear) {
        return series.yearly(indicators, regions, fromYear, toYear);
    }

    /** Approved values of an indicator and/or a region (null means any). */
    public List<Observation> find(String indicator, String region) {
        return repository.approved(indicator, region);
    }

    /**
     * The approval queue: values submitted and not yet approved or returned, oldest first, of the
     * regions the actor may see unapproved values of.
     */
    public List<Revision> awaitingApproval(Actor actor) {
        DataAccess.requireReadUnapproved(actor);
        return repository.awaitingApproval(500).stream()
                .filter(r -> DataAccess.mayReadUnapproved(actor, r.key().region()))
                .toList();
    }

    /** When a value last changed (imported, edited or approved), if ever. */
    public Optional<java.time.Instant> lastLoaded() {
        return repository.lastChange();
    }

    /** How many observations have an approved value. */
    public long count() {
        return repository.countApproved();
    }

    /** The latest revision of a value, whatever its status: for those who see its region's unapproved values. */
    public Optional<Revision> current(Actor actor, ObservationKey key) {
        DataAccess.requireReadUnapproved(actor, key.region());
        return repository.current(key);
    }

    /** Every revision of a value, oldest first, with who and why: for those who see its region's unapproved values. */
    public List<Revision> history(Actor actor, ObservationKey key) {
        DataAccess.requireReadUnapproved(actor, key.region());
        return repository.history(key);
    }

    /** Records a new value as a draft revision; an unchanged value appends nothing. */
    @Transactional
    public Revision revise(Actor actor, ObservationKey key, Edit edit, String reason) {
        DataAccess.requireWrite(actor, key.region());
        Indicator indicator = checkKey(key);
        String unit = edit.unit() == null || edit.unit().isBlank()
                ? indicator.unit()
                : edit.unit().trim();
        if (!unit.equals(indicator.unit())) {
            throw Transition.refused(key, "data.unit.mismatch", unit, indicator.unit());
        }
        NumberSyntax.requireFinite(key, edit.value());
        Edit normalised = new Edit(edit.value(), unit, edit.source(), edit.flags());
        repository.lock();
        if (repository.appendIfChanged(key, normalised, Status.DRAFT, actor.username(), reason)) {
            events.publishEvent(new ObservationsChanged(List.of(key.region()), List.of(key.indicator()), Status.DRAFT));
        }
        return repository.current(key).orElseThrow();
    }

    @Transactional
    public Revision submit(Actor actor, ObservationKey key, String reason) {
        DataAccess.requireWrite(actor, key.region());
        return step(actor, key, Transition.SUBMIT, reason);
    }

    /** Approves a submitted value; its region and indicator are announced in the same transaction. */
    @Transactional
    public Revision approve(Actor actor, ObservationKey key, String reason) {
        DataAccess.requireApprover(actor, key.region());
        Revision approved = step(actor, key, Transition.APPROVE, reason);
        events.publishEvent(new ObservationsChanged(List.of(key.region()), List.of(key.indicator()), Status.APPROVED));
        return approved;
    }

    /** Returns a submitted value to its author; the reason is required. */
    @Transactional
    public Revision returnValue(Actor actor, ObservationKey key, String reason) {
        DataAccess.requireApprover(actor, key.region());
        return step(actor, key, Transition.RETURN, reason);
    }

    private Revision step(Actor actor, ObservationKey key, Transition transition, String reason) {
        repository.lock();
        Revision current = repository.current(key).orElseThrow(() -> Transition.refused(key, "data.value.none", key));
        Status next = transition.apply(key, current.status(), reason);
        if (transition != Transition.SUBMIT) {
            DataAccess.requireSecondPerson(actor, key, pending(repository.history(key)));
        }
        Edit same = new Edit(current.value(), current.unit(), current.source(), current.flags());
        repository.append(key, current.revision() + 1, same, next, actor.username(), reason);
        return repository.current(key).orElseThrow();
    }

    /** The revisions after the last approved one. */
    private static List<Revision> pending(List<Revision> history) {
        int from = 0;
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).status() == Status.APPROVED) {
                from = i + 1;
            }
        }
        return history.subList(from, history.size());
    }

    private Indicator checkKey(ObservationKey key) {
        if (regions.find(key.region()).isEmpty()) {
            throw Transition.refused(key, "data.region.unknown", key.region());
        }
        if (!validPeriod(key.period())) {
            throw Transition.refused(key, "data.period.bad", key.period());
        }
        return indicators
                .find(key.indicator())
                .orElseThrow(() -> Transition.refused(key, "data.indicator.unknown", key.indicator()));
    }

    private static boolean validPeriod(String period) {
        return Period.parse(period).isPresent();
    }

    private static ObservationKey key(Observation o) {
        return new ObservationKey(o.indicator(), o.region(), o.period());
    }

    private static Iterable<CSVRecord> parse(Reader csv) throws IOException {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(csv);
    }
}
