package org.stocktake.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Period;

/** Formulas, aggregation rules and series breaks in the {@code indicators_*} tables. */
@Repository
class DerivationRepository {

    private static final String SET_DERIVATION = """
            update indicators_indicator
            set formula = :formula, aggregation = :aggregation, weight_indicator = :weight
            where code = :code
            """;

    private static final String UPSERT_BREAK = """
            insert into indicators_series_break (indicator_code, period, note_zh, note_en)
            values (:indicator, :period, :zh, :en)
            on conflict (indicator_code, period) do update set note_zh = excluded.note_zh, note_en = excluded.note_en
            """;

    private final JdbcClient jdbc;

    DerivationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Derivation d) {
        jdbc.sql(SET_DERIVATION)
                .param("code", d.indicator())
                .param("formula", d.formula())
                .param("aggregation", d.aggregation().code())
                .param("weight", d.aggregation().weightIndicator())
                .update();
    }

    List<Derivation> all() {
        return jdbc.sql("select code, formula, aggregation, weight_indicator from indicators_indicator order by code")
                .query((rs, n) -> derivation(rs))
                .list();
    }

    void save(SeriesBreak b) {
        jdbc.sql(UPSERT_BREAK)
                .param("indicator", b.indicator())
                .param("period", b.from().toString())
                .param("zh", b.note().zh())
                .param("en", b.note().en())
                .update();
    }

    List<SeriesBreak> breaks() {
        return jdbc.sql("select * from indicators_series_break order by indicator_code, period")
                .query((rs, n) -> new SeriesBreak(
                        rs.getString("indicator_code"),
                        Period.parse(rs.getString("period")).orElseThrow(),
                        new LocalizedText(rs.getString("note_zh"), rs.getString("note_en"))))
                .list();
    }

    private static Derivation derivation(ResultSet rs) throws SQLException {
        Aggregation rule = Aggregation.of(rs.getString("aggregation"), rs.getString("weight_indicator"))
                .orElseThrow();
        return new Derivation(rs.getString("code"), rs.getString("formula"), rule);
    }
}
