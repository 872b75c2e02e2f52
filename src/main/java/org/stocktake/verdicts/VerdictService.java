package org.stocktake.verdicts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.assessment.Figures;
import org.stocktake.assessment.Method;
import org.stocktake.assessment.Series;
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

    VerdictService(
            PlanService plans,
            ObservationService observations,
            IndicatorService indicators,
            VerdictRepository repository,
            Clock clock,
            ApplicationEventPublisher events,
            TaskService tasks,
            LightService lights,
            @Value("${stocktake.verdicts.listener-pause:0ms}") Duration listenerPause) {
        this.listenerPause = listenerPause;
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
        Instant now = clock.instant();
        YearlySeries yearly = new YearlySeries(observations.all(), indicators, plan.startYear() - 6, asOf);
        List<Task> planTasks = tasks.ofPlan(plan.code());
        List<TargetVerdict> verdicts = new ArrayList<>();
        java.util.Map<String, String> units = units();
        for (PlanDocument.Target t : plan.targets()) {
            List<String> used = new ArrayList<>();
            Series series =
                    t.indicator() == null ? Series.of(List.of()) : yearly.series(t.indicator(), t.scope(), used);
            Series reference =
                    t.referenceIndicator() == null ? null : yearly.series(t.referenceIndicator(), t.scope(), used);
            List<TaskLight> lights = planTasks.stream()
                    .filter(task -> task.targets().contains(t.code()))
                    .map(task -> TaskLight.valueOf(task.light().name()))
                    .toList();
            Verdict verdict = judge(plan, t, units.get(t.indicator()), series, reference, lights, asOf, method);
            verdicts.add(new TargetVerdict(plan.code(), t.code(), t.scope(), asOf, method, verdict, used, now));
        }
        return verdicts;
    }

    private static Verdict judge(
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

    /** The unit of each indicator's values ({@code %}, {@code 亿元}), read once per assessment. */
    private java.util.Map<String, String> units() {
        java.util.Map<String, String> units = new java.util.HashMap<>();
        indicators.all().forEach(i -> units.put(i.code(), i.unit()));
        return units;
    }

    /** The as-of year verdicts are kept for: this year, but not past the plan's end. */
    public int currentAsOf(PlanDocument plan) {
        return Math.min(LocalDate.now(clock).getYear(), plan.endYear());
    }

    /**
     * Recomputes and stores the verdicts of a plan, by the schedule and Open SDG methods, in the
     * caller's transaction or a new one; the listeners below each run in a transaction of their own.
     */
    @Transactional
    public int recompute(String planCode) {
        PlanDocument plan = plan(planCode);
        int stored = 0;
        for (Method method : List.of(Method.SCHEDULE, Method.OPENSDG)) {
            for (TargetVerdict v : assess(plan, currentAsOf(plan), method)) {
                repository.append(v);
                stored++;
                if (method == Method.SCHEDULE) {
                    feedTasks(v);
                }
            }
        }
        events.publishEvent(new VerdictsRecomputed(plan.code(), stored));
        log.info("已重新评价 {} 的目标 / recomputed the verdicts of {}: {} snapshots", plan.code(), plan.code(), stored);
        return stored;
    }

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
        refresh(event.code());
    }

    /** New or approved values: the plans with a target on one of the changed indicators are judged again. */
    @ApplicationModuleListener
    void on(ObservationsChanged event) {
        if (!event.approvedValues()) {
            return;
        }
        pauseForTests();
        for (String code : plans.planCodes()) {
            PlanDocument plan = plan(code);
            boolean touched = plan.targets().stream()
                    .anyMatch(t -> touches(t.indicator(), event) || touches(t.referenceIndicator(), event));
            if (touched) {
                refresh(code);
            }
        }
    }

    /**
     * A task's light turned (closing a task out turns it blue): the plan is judged again when the
     * task is linked to a qualitative target, the kind judged from the lights of its tasks.
     */
    @ApplicationModuleListener
    void on(TaskLightChanged event) {
        plans.plan(event.plan())
                .filter(plan -> plan.targets().stream()
                        .anyMatch(t -> t.kind() == TargetKind.QUALITATIVE
                                && event.targets().contains(t.code())))
                .ifPresent(plan -> refresh(plan.code()));
    }

    /** A listener's recompute, folded into one already running for the plan (see {@link PlanRecomputes}). */
    private void refresh(String planCode) {
        queue.request(planCode, () -> recompute(planCode));
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

    private boolean touches(String indicator, ObservationsChanged event) {
        return indicator != null && (event.indicators().contains(indicator) || derivedFrom(indicator, event));
    }

    private boolean derivedFrom(String indicator, ObservationsChanged event) {
        return indicators
                .derivation(indicator)
                .map(d -> d.formula() != null
                        && event.indicators().stream()
                                .anyMatch(i ->
                                        d.formula().matches("(?s).*\\b" + java.util.regex.Pattern.quote(i) + "\\b.*")))
                .orElse(false);
    }

    /** The latest stored verdicts of a plan. */
    public List<TargetVerdict> current(String planCode) {
        return repository.latest(planCode);
    }
}
