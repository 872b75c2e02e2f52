package org.stocktake.parks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.Role;
import org.stocktake.evaluation.Aggregation;
import org.stocktake.evaluation.Dataset;
import org.stocktake.evaluation.Evaluation;
import org.stocktake.evaluation.EvaluationFiles;
import org.stocktake.evaluation.Evaluator;
import org.stocktake.evaluation.Framework;
import org.stocktake.evaluation.Node;
import org.stocktake.evaluation.Normalisation;
import org.stocktake.evaluation.Ranking;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;

/**
 * The door of parks: the registry and its imports, the parks' values, the yearly 五好园区
 * evaluation with peer-group places, and the management decisions the rules imply. Reads are
 * public (the registry and evaluation are not confidential); imports and evaluation runs are a
 * coordinator's (or the platform's, for the sample on first start and the operator's commands).
 */
@Service
public class ParkService {

    static final String FRAMEWORK = "five-good-parks.framework.csv";
    static final String RULES = "management-rules.csv";
    private static final double THRESHOLD = 0.66;

    private final ParkRepository repository;
    private final RegionService regions;
    private final Clock clock;

    ParkService(ParkRepository repository, RegionService regions, Clock clock) {
        this.repository = repository;
        this.regions = regions;
        this.clock = clock;
    }

    public List<Park> registry() {
        return repository.all();
    }

    public Optional<Park> find(String code) {
        return repository.find(code);
    }

    /** A park's own figure for an indicator in a year (what an enclave agreement splits). */
    public OptionalDouble value(String park, String indicator, int year) {
        return repository.value(park, indicator, year);
    }

    /** The years for which any park has values. */
    public List<Integer> years() {
        return repository.years();
    }

    /** A park's scores, oldest first. */
    public List<ParkScore> trajectory(String park) {
        return repository.scores().stream().filter(s -> s.park().equals(park)).toList();
    }

    public List<ParkScore> scores(int year) {
        return repository.scores(year);
    }

    /** The latest evaluated year's score of each park. */
    public Map<String, ParkScore> latestScores() {
        Map<String, ParkScore> latest = new LinkedHashMap<>();
        repository.scores().forEach(s -> latest.put(s.park(), s));
        return latest;
    }

    public List<Decision> decisions(String park) {
        return repository.decisions(park);
    }

    public List<Decision> decisions(int year) {
        return repository.decisions(year);
    }

    /** The management rules in force (data: {@code parks/management-rules.csv}). */
    public List<ManagementRule> rules() {
        return ParkFiles.rules(RULES, resource("/parks/" + RULES));
    }

    /** Imports a registry file whole (all or nothing); returns the number of parks. */
    @Transactional
    public int importParks(Actor actor, String source, String csv, boolean sample) {
        requireCoordinator(actor);
        List<Park> parks =
                ParkFiles.registry(source, csv, code -> regions.find(code).isPresent(), sample);
        parks.forEach(repository::save);
        return parks.size();
    }

    /** Imports a park values file whole (all or nothing); returns the number of values. */
    @Transactional
    public int importValues(Actor actor, String source, String csv) {
        requireCoordinator(actor);
        java.util.Set<String> known = registry().stream().map(Park::code).collect(Collectors.toSet());
        List<ParkFiles.Value> values = ParkFiles.values(source, csv, known::contains);
        values.forEach(v -> repository.saveValue(v, source));
        return values.size();
    }

    /** The outcome of a yearly run: every park's score and place, and the decisions recorded. */
    public record Run(int year, List<ParkScore> scores, List<Decision> decisions) {}

    /**
     * Evaluates every park in {@code year}, ranks it among its peers, applies the management rules
     * to the places of this and earlier years, and records the decisions (who, when, document).
     * Running a year again replaces that year's scores and decisions.
     */
    @Transactional
    public Run evaluate(Actor actor, int year, String document) {
        requireCoordinator(actor);
        if (document == null || document.isBlank()) {
            throw new InvalidInputException(
                    "document", List.of(Problem.of(Messages.zh("parks.where.document"), "parks.evaluate.document")));
        }
        List<ParkScore> scores = score(year);
        repository.replaceScores(year, scores);
        Map<String, Map<Integer, ParkScore>> history = new LinkedHashMap<>();
        repository
                .scores()
                .forEach(s ->
                        history.computeIfAbsent(s.park(), k -> new HashMap<>()).put(s.year(), s));
        Map<String, ParkLevel> levels = new HashMap<>();
        registry().forEach(p -> levels.put(p.code(), p.level()));
        List<Decision> decisions = new ArrayList<>();
        for (Management.Outcome o : Management.decide(rules(), history, levels, year)) {
            decisions.add(new Decision(
                    0,
                    o.park(),
                    year,
                    o.rule().code(),
                    o.rule().action(),
                    actor.username(),
                    clock.instant(),
                    document.trim()));
        }
        repository.replaceDecisions(year, decisions);
        return new Run(year, scores, repository.decisions(year));
    }

    private List<ParkScore> score(int year) {
        List<Park> parks = registry();
        Framework framework = framework();
        Map<String, Map<String, Double>> byIndicator = new HashMap<>();
        for (ParkFiles.Value v : repository.values(year)) {
            byIndicator.computeIfAbsent(v.indicator(), k -> new HashMap<>()).put(v.park(), v.value());
        }
        boolean any = framework.indicators().stream().anyMatch(n -> byIndicator.containsKey(n.code()));
        if (parks.isEmpty() || !any) {
            throw new InvalidInputException(
                    "year", List.of(Problem.of(Messages.zh("parks.where.year"), "parks.evaluate.no-data", year)));
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (Node n : framework.indicators()) {
            Map<String, Double> values = byIndicator.getOrDefault(n.code(), Map.of());
            columns.put(
                    n.code(),
                    parks.stream()
                            .mapToDouble(p -> values.getOrDefault(p.code(), Double.NaN))
                            .toArray());
        }
        Dataset data = new Dataset(parks.stream().map(Park::code).toList(), columns);
        Evaluation evaluation = Evaluator.evaluate(
                framework, data, new Normalisation.Efficacy(), new Aggregation(Aggregation.Mean.ARITHMETIC, THRESHOLD));
        double[] top = evaluation.topScores();
        List<String> groups = parks.stream().map(Park::peerGroup).toList();
        int[] ranks = Ranking.withinGroups(top, groups);
        Map<String, Long> sizes = new HashMap<>();
        for (int i = 0; i < parks.size(); i++) {
            if (ranks[i] > 0) {
                sizes.merge(groups.get(i), 1L, Long::sum);
            }
        }
        List<ParkScore> scores = new ArrayList<>();
        for (int i = 0; i < parks.size(); i++) {
            scores.add(new ParkScore(
                    parks.get(i).code(),
                    year,
                    Double.isNaN(top[i]) ? null : top[i],
                    groups.get(i),
                    ranks[i] == 0 ? null : ranks[i],
                    sizes.getOrDefault(groups.get(i), 0L).intValue()));
        }
        return scores;
    }

    /** A run's scores as CSV (UTF-8 with a byte-order mark); sample parks make the first line say so. */
    public String scoresCsv(Run run, java.util.Locale locale) {
        Map<String, Park> byCode = registry().stream().collect(Collectors.toMap(Park::code, p -> p));
        StringBuilder out = new StringBuilder("\uFEFF").append(sampleLine(locale));
        out.append(String.join(",", Messages.get(locale, "parks.csv.scores").split("\\|")))
                .append('\n');
        for (ParkScore sc : run.scores()) {
            Park p = byCode.get(sc.park());
            out.append(sc.park())
                    .append(',')
                    .append(quote(p == null ? sc.park() : p.name().in(locale)))
                    .append(',')
                    .append(quote(
                            p == null
                                    ? ""
                                    : Messages.get(
                                            locale, "parks.level." + p.level().code())))
                    .append(',')
                    .append(quote(
                            p == null
                                    ? ""
                                    : Messages.get(
                                            locale, "parks.kind." + p.kind().code())))
                    .append(',')
                    .append(run.year())
                    .append(',')
                    .append(sc.score() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", sc.score()))
                    .append(',')
                    .append(sc.peerRank() == null ? "" : sc.peerRank().toString())
                    .append(',')
                    .append(sc.peerSize())
                    .append('\n');
        }
        return out.toString();
    }

    /** A run's decisions as CSV (UTF-8 with a byte-order mark). */
    public String decisionsCsv(Run run, java.util.Locale locale) {
        Map<String, Park> byCode = registry().stream().collect(Collectors.toMap(Park::code, p -> p));
        Map<String, ManagementRule> rules = rules().stream().collect(Collectors.toMap(ManagementRule::code, r -> r));
        StringBuilder out = new StringBuilder("\uFEFF").append(sampleLine(locale));
        out.append(String.join(",", Messages.get(locale, "parks.csv.decisions").split("\\|")))
                .append('\n');
        for (Decision d : run.decisions()) {
            Park p = byCode.get(d.park());
            ManagementRule rule = rules.get(d.rule());
            out.append(d.park())
                    .append(',')
                    .append(quote(p == null ? d.park() : p.name().in(locale)))
                    .append(',')
                    .append(d.year())
                    .append(',')
                    .append(quote(rule == null ? d.rule() : rule.name().in(locale)))
                    .append(',')
                    .append(quote(d.decidedBy()))
                    .append(',')
                    .append(d.decidedAt()
                            .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                            .toLocalDate())
                    .append(',')
                    .append(quote(d.document()))
                    .append('\n');
        }
        return out.toString();
    }

    private String sampleLine(java.util.Locale locale) {
        return registry().stream().anyMatch(Park::sample) ? "# " + Messages.get(locale, "parks.sample") + "\n" : "";
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static Framework framework() {
        try {
            return EvaluationFiles.FrameworkFile.read(FRAMEWORK, resource("/evaluation/" + FRAMEWORK))
                    .framework();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String path) {
        try (InputStream in = ParkService.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireCoordinator(Actor actor) {
        if (!actor.is(Role.COORDINATOR)) {
            throw new NotPermittedException(actor, "parks.refused.write");
        }
    }
}
