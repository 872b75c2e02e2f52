package org.stocktake.verdicts;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.accounts.Actor;
import org.stocktake.assessment.Figures;
import org.stocktake.assessment.Method;
import org.stocktake.assessment.Series;
import org.stocktake.assessment.TargetSpec;
import org.stocktake.assessment.TaskLight;
import org.stocktake.assessment.Verdict;
import org.stocktake.assessment.VerdictEngine;
import org.stocktake.assessment.VerdictInput;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.observations.ObservationService;
import org.stocktake.observations.ObservationsChanged;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.PlanImported;
import org.stocktake.plan.PlanService;
import org.stocktake.plan.TargetKind;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Problem;
import org.stocktake.supervision.LightService;
import org.stocktake.supervision.TargetProgress;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.TaskLightChanged;
import org.stocktake.supervision.TaskService;

/**
 * Verdicts for a plan's targets: computed on demand for a report or a command, and stored as
 * snapshots when the plan, its data or the lights of the tasks its qualitative targets are judged
 * by change. Those reactions are module listeners: each runs after the commit that announced the
 * change, in a transaction of its own, and is recorded in the event publication registry until it
 * has finished, so a process that dies meanwhile leaves it to the next start instead of losing it.
 */
@Service
public class VerdictService {

    private static final Logger log = LoggerFactory.getLogger(VerdictService.class);

    private final PlanService plans;
    private final ObservationService observations;
    private final IndicatorService indicators;
    private final VerdictRepository repository;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TaskService tasks;
    private final LightService lights;
    private final Duration listenerPause;
    private final PlanRecomputes queue = new PlanRecomputes();
    private final RegionService regions;
    private final Decompositions decompositions;

    VerdictService(
            PlanService plans,
            ObservationService observations,
            IndicatorService indicators,
            VerdictRepository repository,
            Clock clock,
            ApplicationEventPublisher events,
            TaskService tasks,
            LightService lights,
            RegionService regions,
            Decompositions decompositions,
            @Value("${stocktake.verdicts.listener-pause:0ms}") Duration listenerPause) {
        this.listenerPause = listenerPause;
        this.regions = regions;
        this.decompositions = decompositions;
        this.tasks = tasks;
        this.lights = lights;
        this.plans = plans;
        this.observations = observations;
        this.indicators = indicators;
        this.repository = repository;
        this.clock = clock;
        this.events = events;
    }

    /** The plan whose code is {@code code} or starts with it ({@code hunan}); null for the first plan. */
    public PlanDocument plan(String code) {
        String wanted = code == null
                ? null
                : plans.planCodes().stream()
                        .filter(c -> c.equals(code) || c.startsWith(code + "-") || c.startsWith(code))
                        .findFirst()
                        .orElseThrow(() -> new InvalidInputException(
                                "--plan", List.of(Problem.of("--plan", "verdicts.no-plan", code))));
        return plans.plan(wanted)
                .orElseThrow(
                        () -> new InvalidInputException("--plan", List.of(Problem.of("--plan", "verdicts.no-plans"))));
    }

    /** Every target of the plan judged in its scope region as of a year; nothing is stored. */
    public List<TargetVerdict> assess(PlanDocument plan, int asOf, Method method) {
        return judgeNow(plan, new Work(null, scopes(plan)), asOf, method).stream()
                .filter(v -> v.basis() == Basis.SCOPE)
                .map(RegionVerdict::verdict)
                .toList();
    }

    /**
     * Every target judged in one region as of a year, in plan order, with what each is judged
     * against: the plan's target where the region is the scope, the region's own decomposed
     * target, or the scope's target as a benchmark (对标全省目标); nothing is stored.
     */
    public List<RegionVerdict> assess(PlanDocument plan, int asOf, Method method, String region) {
        return judgeNow(plan, new Work(null, Set.of(region)), asOf, method);
    }

    private List<RegionVerdict> judgeNow(PlanDocument plan, Work work, int asOf, Method method) {
        List<RegionVerdict> verdicts = new ArrayList<>();
        judging()
                .run(
                        plan,
                        pairs(plan, work),
                        asOf,
                        p -> List.of(method),
                        lightsOf(plan),
                        clock.instant(),
                        verdicts::addAll);
        return verdicts;
    }

    private static Set<String> scopes(PlanDocument plan) {
        Set<String> scopes = new HashSet<>();
        plan.targets().forEach(t -> scopes.add(t.scope()));
        return scopes;
    }

    private Judging judging() {
        return new Judging(observations, indicators);
    }

    /** The pairs a piece of work covers, in plan order (see {@link RegionPairs}). */
    private List<Pair> pairs(PlanDocument plan, Work work) {
        return byTarget(plan, work).values().stream().flatMap(List::stream).toList();
    }

    private Map<String, List<Pair>> byTarget(PlanDocument plan, Work work) {
        Map<String, List<String>> children = new HashMap<>();
        regions.all().forEach(r -> {
            if (r.parentCode() != null) {
                children.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r.code());
            }
        });
        Map<String, List<Pair>> pairs = RegionPairs.of(
                plan,
                t -> work.targets() == null || work.targets().contains(t.code()),
                decompositions.of(plan.code(), work.targets(), work.regions()),
                scope -> children.getOrDefault(scope, List.of()),
                indicators::additive);
        if (work.regions() != null) {
            pairs.replaceAll((target, list) -> list.stream()
                    .filter(p -> work.regions().contains(p.region()))
                    .toList());
        }
        return pairs;
    }

    private Function<PlanDocument.Target, List<TaskLight>> lightsOf(PlanDocument plan) {
        List<Task> planTasks = tasks.ofPlan(plan.code());
        Map<String, List<TaskLight>> byTarget = new HashMap<>();
        for (PlanDocument.Target t : plan.targets()) {
            byTarget.put(
                    t.code(),
                    planTasks.stream()
                            .filter(task -> task.targets().contains(t.code()))
                            .map(task -> TaskLight.valueOf(task.light().name()))
                            .toList());
        }
        return t -> byTarget.getOrDefault(t.code(), List.of());
    }

    static Verdict judge(
            PlanDocument plan,
            PlanDocument.Target t,
            String unit,
            Series series,
            Series reference,
            List<TaskLight> lights,
            int asOf,
            Method method) {
        try {
            return VerdictEngine.assess(
                    new VerdictInput(TargetInputs.spec(plan, t, unit), series, reference, lights, asOf, method, null));
        } catch (IllegalArgumentException incomplete) {
            return new Verdict.InsufficientData(
                    new Figures(null, null, null, null, null, null, null, null, null, null, null, null),
                    LocalizedText.of("verdicts.incomplete", incomplete.getMessage()));
        }
    }

    /** A region's verdict on its own or the benchmarked target (no tasks, no stated baseline). */
    static Verdict judgeRegion(TargetSpec spec, Series series, Series reference, int asOf, Method method) {
        try {
            return VerdictEngine.assess(new VerdictInput(spec, series, reference, List.of(), asOf, method, null));
        } catch (IllegalArgumentException incomplete) {
            return new Verdict.InsufficientData(
                    new Figures(null, null, null, null, null, null, null, null, null, null, null, null),
                    LocalizedText.of("verdicts.incomplete", incomplete.getMessage()));
        }
    }

    /** The as-of year verdicts are kept for: this year, but not past the plan's end. */
    public int currentAsOf(PlanDocument plan) {
        return Math.min(LocalDate.now(clock).getYear(), plan.endYear());
    }

    /**
     * Recomputes and stores the verdicts of every target × region pair of a plan (the scope
     * region by the schedule and Open SDG methods, the other regions by the schedule method), in
     * the caller's transaction or a new one; the listeners below each run in a transaction of
     * their own. Returns how many verdicts were new or changed (only those are written).
     */
    @Transactional
    public int recompute(String planCode) {
        return recompute(plan(planCode), Work.ALL);
    }

    private int recompute(PlanDocument plan, Work work) {
        long start = System.nanoTime();
        Map<String, List<Pair>> pairs = byTarget(plan, work);
        int[] stored = {0};
        int[] judged = {0};
        long[] storing = {0};
        Judging judging = judging();
        judging.run(
                plan,
                pairs.values().stream().flatMap(List::stream).toList(),
                currentAsOf(plan),
                p -> p.basis() == Basis.SCOPE ? BOTH_METHODS : SCHEDULE_ONLY,
                lightsOf(plan),
                clock.instant(),
                batch -> {
                    judged[0] += batch.size();
                    long t = System.nanoTime();
                    stored[0] += repository.store(
                            plan.code(),
                            batch.stream().map(VerdictRepository.Row::of).toList());
                    storing[0] += System.nanoTime() - t;
                    batch.stream()
                            .filter(v -> v.basis() == Basis.SCOPE && v.verdict().method() == Method.SCHEDULE)
                            .forEach(v -> feedTasks(v.verdict()));
                });
        if (work.regions() == null) {
            Map<String, List<String>> regionsByTarget = new HashMap<>();
            pairs.forEach((target, list) ->
                    regionsByTarget.put(target, list.stream().map(Pair::region).toList()));
            repository.prune(plan.code(), regionsByTarget, work.wholePlan());
        }
        events.publishEvent(new VerdictsRecomputed(plan.code(), stored[0]));
        log.info(
                "已重新评价 {} 的目标 / recomputed the verdicts of {}: {} judged, {} new or changed, {} ms ({}, stored {} ms)",
                plan.code(),
                plan.code(),
                judged[0],
                stored[0],
                (System.nanoTime() - start) / 1_000_000,
                judging.timings(),
                storing[0] / 1_000_000);
        return stored[0];
    }

    private static final List<Method> BOTH_METHODS = List.of(Method.SCHEDULE, Method.OPENSDG);
    private static final List<Method> SCHEDULE_ONLY = List.of(Method.SCHEDULE);

    /** A target's verdict feeds the lights of the tasks linked to it (on track, behind, off track). */
    private void feedTasks(TargetVerdict v) {
        TargetProgress verdict = switch (v.verdict().verdictClass()) {
            case ACHIEVED, ACHIEVED_EARLY, AHEAD, ON_TRACK -> TargetProgress.ON_TRACK;
            case LAGGING -> TargetProgress.BEHIND;
            case DETERIORATING, NOT_ACHIEVED -> TargetProgress.OFF_TRACK;
            case NOT_COMPARABLE, INSUFFICIENT_DATA -> null;
        };
        if (verdict != null) {
            lights.targetVerdict(v.plan(), v.target(), verdict);
        }
    }

    @ApplicationModuleListener
    void on(PlanImported event) {
        pauseForTests();
        refresh(event.code(), Work.ALL);
    }

    /**
     * New or approved values: only the target × region pairs whose series the change touched are
     * judged again — the targets on a changed indicator (directly, as a reference, or as an input
     * of its formula), in the changed regions — and only the verdicts that differ are stored.
     */
    @ApplicationModuleListener
    void on(ObservationsChanged event) {
        if (!event.approvedValues()) {
            return;
        }
        pauseForTests();
        Judging judging = judging();
        for (String code : plans.planCodes()) {
            PlanDocument plan = plan(code);
            Set<String> touched = new HashSet<>();
            for (PlanDocument.Target t : plan.targets()) {
                if (touches(judging, t.indicator(), event) || touches(judging, t.referenceIndicator(), event)) {
                    touched.add(t.code());
                }
            }
            if (!touched.isEmpty()) {
                refresh(code, new Work(touched, Set.copyOf(event.regions())));
            }
        }
    }

    /**
     * A task's light turned (closing a task out turns it blue): the qualitative targets the task is
     * linked to (judged from the lights of their tasks) are judged again.
     */
    @ApplicationModuleListener
    void on(TaskLightChanged event) {
        plans.plan(event.plan()).ifPresent(plan -> {
            Set<String> targets = new HashSet<>();
            plan.targets().stream()
                    .filter(t -> t.kind() == TargetKind.QUALITATIVE
                            && event.targets().contains(t.code()))
                    .forEach(t -> targets.add(t.code()));
            if (!targets.isEmpty()) {
                refresh(plan.code(), new Work(targets, null));
            }
        });
    }

    /** A decomposition was imported: its targets are judged again in every region. */
    @ApplicationModuleListener
    void on(RegionTargetsChanged event) {
        refresh(event.plan(), new Work(Set.copyOf(event.targets()), null));
    }

    /** A listener's recompute, folded into one already running for the plan (see {@link PlanRecomputes}). */
    private void refresh(String planCode, Work work) {
        queue.request(planCode, work, w -> recompute(plan(planCode), w));
    }

    /**
     * Holds a listener before it recomputes ({@code stocktake.verdicts.listener-pause}, zero but in
     * the test that kills a process between a commit and its listener).
     */
    private void pauseForTests() {
        if (!listenerPause.isZero()) {
            try {
                Thread.sleep(listenerPause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean touches(Judging judging, String indicator, ObservationsChanged event) {
        return indicator != null && judging.inputsOf(indicator).stream().anyMatch(event.indicators()::contains);
    }

    /** The stored verdicts of a plan's targets in their scope regions (both methods). */
    public List<TargetVerdict> current(String planCode) {
        return repository.current(planCode, null, null, true).stream()
                .map(RegionVerdict::verdict)
                .toList();
    }

    /**
     * The stored verdicts of a plan (schedule method; the scope region also by Open SDG) of one
     * target and/or one region ({@code null}: any) with their basis, example flag and, for a
     * decomposed target, the region's own target. {@code current(plan, null, "430100")} is a
     * region's page, {@code current(plan, "T19", null)} a target's column of the region × target
     * matrix or its map.
     */
    public List<RegionVerdict> current(String planCode, String target, String region) {
        List<RegionVerdict> stored = repository.current(planCode, target, region, false);
        Map<String, RegionTarget> own = new HashMap<>();
        decompositions
                .of(planCode, target == null ? null : Set.of(target), region == null ? null : Set.of(region))
                .forEach(t -> own.put(t.target() + "@" + t.region(), t));
        return stored.stream()
                .map(v -> v.basis() == Basis.OWN
                        ? new RegionVerdict(v.verdict(), v.basis(), v.example(), own.get(v.target() + "@" + v.region()))
                        : v)
                .toList();
    }

    /** The region targets of a plan's decomposed targets (目标分解), by target and region. */
    public List<RegionTarget> regionTargets(String planCode) {
        return decompositions.of(planCode, null, null);
    }

    /**
     * Imports a target decomposition file (CSV or XLSX: {@code target,region,value,year,source[,example]})
     * all or nothing: every problem is reported with its row and column and nothing is written;
     * each target in the file has its decomposition replaced whole, and its verdicts in every
     * region are recomputed after the commit. A coordinator may import any region's targets, a
     * unit's liaison or head only those of regions their unit covers; nobody else.
     */
    @Transactional
    public Decomposed decompose(Actor actor, String planCode, String fileName, byte[] content) {
        Decompositions.requireImporter(actor);
        return decompositions.importFile(actor, plan(planCode), fileName, content);
    }

    /**
     * Sets one region's target of one plan target (fields {@code target, region, value, year,
     * source, example}, checked as a decomposition file's row and named by field), keeping the
     * target's other region targets; its verdicts are recomputed after the commit. Who may: as
     * for {@link #decompose}.
     */
    @Transactional
    public Decomposed setRegionTarget(Actor actor, String planCode, Map<String, String> fields) {
        Decompositions.requireImporter(actor);
        return decompositions.setOne(actor, plan(planCode), fields);
    }

    /**
     * Refuses a caller who may not import a decomposition ({@link #decompose} checks again), so a
     * form page can say so before anything is uploaded.
     */
    public void requireDecomposer(Actor actor) {
        Decompositions.requireImporter(actor);
    }
}
