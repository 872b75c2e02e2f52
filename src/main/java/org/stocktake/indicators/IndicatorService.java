package org.stocktake.indicators;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Problem;

/**
 * Indicator definitions: define (insert or update), list and find; formulas and aggregation rules
 * (checked whole before anything is stored); series breaks.
 */
@Service
public class IndicatorService {

    private static final String UPSERT = """
            insert into indicators_indicator (code, name_zh, name_en, unit, polarity, description)
            values (:code, :zh, :en, :unit, :polarity, :description)
            on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
                unit = excluded.unit, polarity = excluded.polarity, description = excluded.description
            """;

    private final JdbcClient jdbc;
    private final DerivationRepository derivations;

    IndicatorService(JdbcClient jdbc, DerivationRepository derivations) {
        this.jdbc = jdbc;
        this.derivations = derivations;
    }

    /** Inserts or updates an indicator; its formula, aggregation rule and breaks are kept. */
    @Transactional
    public void define(Indicator indicator) {
        jdbc.sql(UPSERT)
                .param("code", indicator.code())
                .param("zh", indicator.name().zh())
                .param("en", indicator.name().en())
                .param("unit", indicator.unit())
                .param("polarity", indicator.polarity())
                .param("description", blankToNull(indicator.description()))
                .update();
    }

    /**
     * Defines every indicator of a file {@code code,name_zh,name_en,unit,polarity,description}, with
     * optional columns {@code formula,aggregation,weight} and {@code break_period,break_note_zh,break_note_en}
     * (see {@link IndicatorFile}). All or nothing.
     */
    @Transactional
    public int defineAll(Reader csv) throws IOException {
        return defineAll("indicators.csv", csv);
    }

    /** As {@link #defineAll(Reader)}, naming the file in problems. */
    @Transactional
    public int defineAll(String source, Reader csv) throws IOException {
        IndicatorFile file = IndicatorFile.read(csv);
        if (!file.problems().isEmpty()) {
            throw new InvalidInputException(source, file.problems());
        }
        file.indicators().forEach(this::define);
        store(source, file.derivations(), code -> file.rows().getOrDefault(code, code));
        file.breaks().forEach(this::recordBreak);
        return file.indicators().size();
    }

    /** Sets an indicator's formula (null for a raw indicator) and aggregation rule, after checking them. */
    @Transactional
    public void defineFormula(String code, String formula, Aggregation aggregation) {
        defineDerivations(code, List.of(new Derivation(code, formula, aggregation)));
    }

    /**
     * Sets several derivations at once (they may refer to each other). Every problem is reported
     * in one {@link InvalidInputException}: formula syntax with positions, unknown indicators,
     * cycles named in full, an aggregation rule that does not fit. Nothing is stored then.
     */
    @Transactional
    public void defineDerivations(String source, List<Derivation> definitions) {
        store(source, definitions, UnaryOperator.identity());
    }

    /** Every indicator's derivation (a raw indicator has a null formula), by code. */
    public List<Derivation> derivations() {
        return derivations.all();
    }

    public Optional<Derivation> derivation(String code) {
        return derivations().stream().filter(d -> d.indicator().equals(code)).findFirst();
    }

    /**
     * Whether the indicator's values add up across regions, by its aggregation rule
     * ({@link Aggregation#addsUp()}); an unknown indicator or one without a rule does not.
     */
    public boolean additive(String code) {
        return derivation(code).map(d -> d.aggregation().addsUp()).orElse(false);
    }

    /** The parsed formulas of the derived indicators, by code, ready for {@link FormulaEvaluator}. */
    public Map<String, Formula> formulas() {
        Map<String, Formula> formulas = new LinkedHashMap<>();
        derivations().stream()
                .filter(Derivation::derived)
                .forEach(d -> formulas.put(d.indicator(), d.parsed().orElseThrow()));
        return formulas;
    }

    /** An evaluator over the given values that knows every stored formula (published values first). */
    public FormulaEvaluator evaluator(Lookup lookup) {
        return new FormulaEvaluator(lookup, formulas());
    }

    /** An aggregator over the given values that knows every stored formula; see {@link Aggregator}. */
    public Aggregator aggregator(Lookup lookup, double minimumCoverage) {
        return new Aggregator(lookup, minimumCoverage, formulas());
    }

    /** Records (or re-words) a series break of an existing indicator. */
    @Transactional
    public void recordBreak(SeriesBreak seriesBreak) {
        if (find(seriesBreak.indicator()).isEmpty()) {
            throw new InvalidInputException(
                    seriesBreak.indicator(), List.of(Problem.of(seriesBreak.indicator(), "indicators.break.unknown")));
        }
        derivations.save(seriesBreak);
    }

    public List<SeriesBreak> breaks() {
        return derivations.breaks();
    }

    public List<SeriesBreak> breaks(String indicator) {
        return breaks().stream().filter(b -> b.indicator().equals(indicator)).toList();
    }

    public List<Indicator> all() {
        return jdbc.sql("select * from indicators_indicator order by code")
                .query((rs, n) -> new Indicator(
                        rs.getString("code"),
                        new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")),
                        rs.getString("unit"),
                        rs.getString("polarity"),
                        rs.getString("description")))
                .list();
    }

    public Optional<Indicator> find(String code) {
        return all().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    private void store(String source, List<Derivation> proposed, UnaryOperator<String> where) {
        Set<String> codes = all().stream().map(Indicator::code).collect(Collectors.toSet());
        Map<String, Derivation> existing =
                derivations().stream().collect(Collectors.toMap(Derivation::indicator, d -> d));
        List<Problem> problems = new ArrayList<>(new DerivationCheck(codes, existing, where).check(proposed));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        proposed.forEach(derivations::save);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
