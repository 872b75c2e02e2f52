package org.stocktake.observations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.AuditService;
import org.stocktake.indicators.Indicator;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.notifications.Notices;
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Period;
import org.stocktake.shared.Problem;

/**
 * Observations and their history. Reads return approved values unless they say otherwise;
 * every write appends a revision (who, when, why) and never changes or removes an earlier one.
 */
@Service
public class ObservationService {

    static final String SYSTEM = "system";

    /** The reason the platform records for a published value, followed by the file it came from. */
    static final String PUBLISHED = "published statistics: ";

    private final ObservationRepository repository;
    private final SeriesRepository series;
    private final RegionService regions;
    private final IndicatorService indicators;
    private final ApplicationEventPublisher events;
    private final AuditService audit;
    private final Notices notices;
    private final Clock clock;

    ObservationService(
            ObservationRepository repository,
            SeriesRepository series,
            RegionService regions,
            IndicatorService indicators,
            ApplicationEventPublisher events,
            AuditService audit,
            Notices notices,
            Clock clock) {
        this.repository = repository;
        this.series = series;
        this.regions = regions;
        this.indicators = indicators;
        this.events = events;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Stores published values after checking every row, as approved revisions by "system";
     * nothing is stored if any row is wrong, and a value already current (with the same
     * provenance) is not stored again. Package-private: only the shipped data set loads this way,
     * at start-up (the platform acting as "system"); every other write goes through a method that
     * takes the actor.
     */
    @Transactional
    int store(String source, List<Observation> batch, List<String> rowNames) {
        List<SeedRow> rows = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            rows.add(new SeedRow(source, rowNames.get(i), batch.get(i)));
        }
        return store(rows);
    }

    /** The same for rows read from several files, stored in their order (a later value for a key is a revision). */
    @Transactional
    int store(List<SeedRow> rows) {
        Set<String> regionCodes = regions.all().stream().map(r -> r.code()).collect(Collectors.toSet());
        Set<String> indicatorCodes =
                indicators.all().stream().map(i -> i.code()).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        for (SeedRow row : rows) {
            Observation o = row.observation();
            String where = row.file() + " " + row.row();
            if (!indicatorCodes.contains(o.indicator())) {
                problems.add(Problem.of(where, "data.indicator.unknown", o.indicator()));
            }
            if (!regionCodes.contains(o.region())) {
                problems.add(Problem.of(where, "data.region.unknown", o.region()));
            }
            if (!validPeriod(o.period())) {
                problems.add(Problem.of(where, "data.period.bad", o.period()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(rows.isEmpty() ? "" : rows.get(0).file(), problems);
        }
        int appended = 0;
        for (SeedRow row : rows) {
            Observation o = row.observation();
            Edit edit = new Edit(o.value(), o.unit(), o.source(), Set.of());
            if (repository.appendIfChanged(
                    key(o), edit, o.provenance(), Status.APPROVED, SYSTEM, PUBLISHED + row.file())) {
                appended++;
            }
        }
        return appended;
    }

    /**
     * Every approved value a verdict may rest on: of each observation the latest approved revision
     * that is not a class C value waiting for confirmation (an unconfirmed restatement leaves the
     * earlier value in use). What verdicts, reports and evaluations read.
     */
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

    /**
     * Approved values of an indicator and/or a region (null means any) that a verdict may rest on:
     * unconfirmed class C values are left out.
     */
    public List<Observation> find(String indicator, String region) {
        return repository.approved(indicator, region);
    }

    /**
     * Every published value of an indicator and/or a region (null means any), unconfirmed class C
     * values included: for pages and the API, which show each value with its provenance and mark
     * those that drive no verdict ({@link Observation#usable()}).
     */
    public List<Observation> published(String indicator, String region) {
        return repository.published(indicator, region);
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

    /** How many observations have a published (approved) value, unconfirmed class C values included. */
    public long count() {
        return repository.countPublished();
    }

    /** How many published values hold each reliability class, keyed by its letter ("" for none). */
    public Map<String, Long> countByReliability() {
        return repository.countPublishedByClass();
    }

    /**
     * Confirms a published class C value against an official page: appends a revision with the
     * same value and who confirmed it, records it in the audit log and announces it, so that
     * verdicts recompute with it. The reason names the official page. Refused for anyone who may not
     * approve the region's values, without a reason, and for a value that is not class C, already
     * confirmed, or has a newer unapproved revision.
     */
    @Transactional
    public Revision confirm(Actor actor, ObservationKey key, String reason) {
        DataAccess.requireConfirm(actor, key.region());
        repository.lock();
        Revision current = repository.current(key).orElseThrow(() -> Transition.refused(key, "data.value.none", key));
        if (current.status() != Status.APPROVED) {
            throw Transition.refused(key, "data.confirm.pending", key);
        }
        if (current.provenance().reliability() != Reliability.C) {
            throw Transition.refused(key, "data.confirm.not-c", key);
        }
        if (current.provenance().confirmed()) {
            throw Transition.refused(
                    key, "data.confirm.already", key, current.provenance().confirmedBy());
        }
        Edit same = new Edit(current.value(), current.unit(), current.source(), current.flags());
        Provenance confirmed = current.provenance().confirm(actor.username(), clock.instant());
        if (reason == null || reason.isBlank()) {
            throw Transition.refused(key, "data.confirm.reason");
        }
        String why = reason.strip();
        repository.append(key, current.revision() + 1, same, confirmed, Status.APPROVED, actor.username(), why);
        Revision after = repository.current(key).orElseThrow();
        audit.record(actor, "observation", key, "confirm", current, after);
        events.publishEvent(new ObservationsChanged(List.of(key.region()), List.of(key.indicator()), Status.APPROVED));
        return after;
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

    /**
     * Returns a submitted value to its author; the reason is required. Whoever submitted it is told
     * (inbox and e-mail), with the reason, in the same transaction.
     */
    @Transactional
    public Revision returnValue(Actor actor, ObservationKey key, String reason) {
        DataAccess.requireApprover(actor, key.region());
        Optional<Revision> submitted = repository.current(key);
        Revision returned = step(actor, key, Transition.RETURN, reason);
        submitted.ifPresent(s -> tellReturned(actor, s, returned));
        return returned;
    }

    /** Whether the actor may approve or return values of a region (four eyes aside): who is shown the buttons. */
    public boolean mayApprove(Actor actor, String region) {
        return DataAccess.mayApprove(actor, region);
    }

    /** The regions the actor may enter or import values for, in the order of the region list. */
    public List<Region> regionsToWrite(Actor actor) {
        return regions.all().stream()
                .filter(r -> DataAccess.mayWrite(actor, r.code()))
                .toList();
    }

    /** The regions whose unapproved values and histories the actor may read. */
    public List<Region> regionsToRead(Actor actor) {
        return regions.all().stream()
                .filter(r -> DataAccess.mayReadUnapproved(actor, r.code()))
                .toList();
    }

    /** The names of a value's indicator and region, in both languages (their codes where there is none). */
    public KeyNames names(ObservationKey key) {
        return new KeyNames(
                indicators.find(key.indicator()).map(Indicator::name).orElse(new LocalizedText(key.indicator(), null)),
                regions.find(key.region()).map(Region::name).orElse(new LocalizedText(key.region(), null)));
    }

    private void tellReturned(Actor actor, Revision submitted, Revision returned) {
        String to = submitted.changedBy();
        if (SYSTEM.equals(to) || to.equals(actor.username())) {
            return;
        }
        ObservationKey key = returned.key();
        KeyNames names = names(key);
        notices.toUser(
                to,
                LocalizedText.of("data.returned.subject", names.indicator(), names.region(), key.period()),
                LocalizedText.of(
                        "data.returned.body",
                        actor.username(),
                        names.indicator(),
                        names.region(),
                        key.period(),
                        returned.value().toPlainString(),
                        returned.reason()),
                null,
                "data-return:" + key + ":" + returned.revision());
    }

    private Revision step(Actor actor, ObservationKey key, Transition transition, String reason) {
        repository.lock();
        Revision current = repository.current(key).orElseThrow(() -> Transition.refused(key, "data.value.none", key));
        Status next = transition.apply(key, current.status(), reason);
        if (transition != Transition.SUBMIT) {
            DataAccess.requireSecondPerson(actor, key, pending(repository.history(key)));
        }
        Edit same = new Edit(current.value(), current.unit(), current.source(), current.flags());
        repository.append(key, current.revision() + 1, same, current.provenance(), next, actor.username(), reason);
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
}
