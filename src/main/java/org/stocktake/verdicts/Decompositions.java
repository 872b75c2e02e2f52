package org.stocktake.verdicts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.Role;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.TargetKind;
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;

/**
 * Imports a target decomposition file whole or not at all: every row is checked (the target is
 * the plan's and has a value, the region exists and lies below the target's scope, value, year,
 * source and example flag are well-formed, no pair twice) and every problem is reported with its
 * row and column before anything is written. Who may: a coordinator for any region; a unit's
 * liaison or head only for regions their unit covers; nobody else.
 */
@Component
class Decompositions {

    /** Kinds whose target is a value a region can be given its own share of. */
    private static final Set<TargetKind> DECOMPOSABLE = Set.of(
            TargetKind.LEVEL,
            TargetKind.ANNUAL_GROWTH,
            TargetKind.ANNUAL_INCREMENT,
            TargetKind.MAINTAIN,
            TargetKind.FLOOR,
            TargetKind.CEILING);

    private final DecompositionRepository repository;
    private final RegionService regions;
    private final ApplicationEventPublisher events;

    Decompositions(DecompositionRepository repository, RegionService regions, ApplicationEventPublisher events) {
        this.repository = repository;
        this.regions = regions;
        this.events = events;
    }

    static void requireImporter(Actor actor) {
        if (!actor.is(Role.COORDINATOR, Role.LIAISON, Role.HEAD)) {
            throw new NotPermittedException(actor, "refused.decompose");
        }
    }

    /** Checks and stores; the caller's transaction makes it all or nothing. */
    Decomposed importFile(Actor actor, PlanDocument plan, String fileName, byte[] bytes) {
        requireImporter(actor);
        List<Problem> problems = new ArrayList<>();
        Map<String, PlanDocument.Target> targets =
                plan.targets().stream().collect(Collectors.toMap(PlanDocument.Target::code, Function.identity()));
        Map<String, Region> known = regions.all().stream().collect(Collectors.toMap(Region::code, Function.identity()));
        Map<String, Long> seen = new HashMap<>();
        List<RegionTarget> rows = new ArrayList<>();
        DecompositionFile.read(bytes, problems, line -> {
            RegionTarget row = check(plan, line, targets, known, seen, problems);
            if (row != null) {
                rows.add(row);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(fileName, problems);
        }
        for (RegionTarget row : rows) {
            if (!(actor.is(Role.COORDINATOR) || actor.coversRegion(row.region()))) {
                throw new NotPermittedException(actor, "refused.decompose-region", row.region());
            }
        }
        Set<String> replaced = new LinkedHashSet<>();
        rows.forEach(r -> replaced.add(r.target()));
        repository.replace(plan.code(), replaced, rows, actor.username());
        events.publishEvent(new RegionTargetsChanged(plan.code(), List.copyOf(replaced)));
        return new Decomposed(plan.code(), rows.size(), List.copyOf(replaced));
    }

    /**
     * Sets one region's target of one plan target from a form (the same checks as a file's row,
     * each problem named by its field), keeping the target's other region targets.
     */
    Decomposed setOne(Actor actor, PlanDocument plan, Map<String, String> fields) {
        requireImporter(actor);
        List<Problem> problems = new ArrayList<>();
        Map<String, PlanDocument.Target> targets =
                plan.targets().stream().collect(Collectors.toMap(PlanDocument.Target::code, Function.identity()));
        Map<String, Region> known = regions.all().stream().collect(Collectors.toMap(Region::code, Function.identity()));
        RegionTarget row = check(plan, formLine(fields), targets, known, new HashMap<>(), problems);
        if (row == null) {
            throw new InvalidInputException("form", problems);
        }
        if (!(actor.is(Role.COORDINATOR) || actor.coversRegion(row.region()))) {
            throw new NotPermittedException(actor, "refused.decompose-region", row.region());
        }
        List<RegionTarget> rows = new ArrayList<>();
        repository.of(plan.code(), List.of(row.target()), null).stream()
                .filter(t -> !t.region().equals(row.region()))
                .forEach(rows::add);
        rows.add(row);
        repository.replace(plan.code(), List.of(row.target()), rows, actor.username());
        events.publishEvent(new RegionTargetsChanged(plan.code(), List.of(row.target())));
        return new Decomposed(plan.code(), 1, List.of(row.target()));
    }

    /** A form's fields as row 0 of a file (its problems are named by field). */
    private static DecompositionFile.Line formLine(Map<String, String> fields) {
        List<String> values = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        fields.forEach((name, value) -> {
            columns.put(name, values.size());
            values.add(value);
        });
        return new DecompositionFile.Line(0, values, columns);
    }

    private static RegionTarget check(
            PlanDocument plan,
            DecompositionFile.Line line,
            Map<String, PlanDocument.Target> targets,
            Map<String, Region> known,
            Map<String, Long> seen,
            List<Problem> problems) {
        int before = problems.size();
        String code = line.get("target");
        PlanDocument.Target target = targets.get(code);
        if (target == null) {
            problems.add(Problem.of(line.where("target"), "verdicts.decompose.target.unknown", code));
        } else if (!DECOMPOSABLE.contains(target.kind()) || target.indicator() == null) {
            problems.add(Problem.of(
                    line.where("target"),
                    "verdicts.decompose.target.kind",
                    code,
                    target.kind().code()));
        }
        String regionCode = line.get("region");
        Region region = known.get(regionCode);
        if (region == null) {
            problems.add(Problem.of(line.where("region"), "verdicts.decompose.region.unknown", regionCode));
        } else if (target != null && regionCode.equals(target.scope())) {
            problems.add(Problem.of(line.where("region"), "verdicts.decompose.region.scope", regionCode));
        } else if (target != null && !region.path().contains("/" + target.scope() + "/")) {
            problems.add(
                    Problem.of(line.where("region"), "verdicts.decompose.region.outside", regionCode, target.scope()));
        }
        BigDecimal value = number(line, problems);
        int year = year(plan, line, problems);
        String source = line.get("source");
        if (source.isEmpty()) {
            problems.add(Problem.of(line.where("source"), "verdicts.decompose.source.blank"));
        }
        boolean example = example(line, problems);
        Long earlier = seen.putIfAbsent(code + "\u0000" + regionCode, line.row());
        if (earlier != null) {
            problems.add(Problem.of(
                    line.where("region"), "verdicts.decompose.duplicate", code, regionCode, Long.toString(earlier)));
        }
        if (problems.size() > before) {
            return null;
        }
        return new RegionTarget(plan.code(), code, regionCode, value, year, source, example);
    }

    private static BigDecimal number(DecompositionFile.Line line, List<Problem> problems) {
        String text = line.get("value");
        try {
            BigDecimal value = new BigDecimal(text.replace(",", ""));
            if (Double.isFinite(value.doubleValue())) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(Problem.of(line.where("value"), "verdicts.decompose.value.bad", text));
        return null;
    }

    private static int year(PlanDocument plan, DecompositionFile.Line line, List<Problem> problems) {
        String text = line.get("year");
        int last = Math.max(plan.endYear(), plan.startYear()) + 15;
        try {
            int year = Integer.parseInt(text);
            if (year >= plan.startYear() && year <= last) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(Problem.of(
                line.where("year"),
                "verdicts.decompose.year.bad",
                Integer.toString(plan.startYear()),
                Integer.toString(last),
                text));
        return 0;
    }

    /** The example flag: true/yes/是/1 or false/no/否/0 (blank: false). */
    private static boolean example(DecompositionFile.Line line, List<Problem> problems) {
        String text = line.get("example").toLowerCase(java.util.Locale.ROOT);
        return switch (text) {
            case "", "false", "no", "\u5426", "0" -> false;
            case "true", "yes", "\u662f", "1" -> true;
            default -> {
                problems.add(Problem.of(line.where("example"), "verdicts.decompose.example.bad", text));
                yield false;
            }
        };
    }

    List<RegionTarget> of(String plan, java.util.Collection<String> targets, java.util.Collection<String> regions) {
        return repository.of(plan, targets, regions);
    }
}
