package org.stocktake.verdicts;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.assessment.Figures;
import org.stocktake.assessment.Method;
import org.stocktake.assessment.Verdict;
import org.stocktake.assessment.VerdictClass;
import org.stocktake.shared.LocalizedText;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Appends verdict snapshots; reads the latest snapshot per target, region, as-of year and method. */
@Repository
class VerdictRepository {

    private static final String INSERT = """
            insert into verdicts_snapshot (plan_code, target_code, region_code, as_of, method, class,
                figures, explanation_zh, explanation_en, inputs, computed_at)
            values (:plan, :target, :region, :asOf, :method, :class, cast(:figures as jsonb), :zh, :en,
                cast(:inputs as jsonb), :computedAt)
            """;

    private static final String LATEST = """
            select distinct on (target_code, region_code, as_of, method) *
            from verdicts_snapshot where plan_code = :plan
            order by target_code, region_code, as_of, method, id desc
            """;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    VerdictRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(TargetVerdict v) {
        jdbc.sql(INSERT)
                .param("plan", v.plan())
                .param("target", v.target())
                .param("region", v.region())
                .param("asOf", v.asOf())
                .param("method", v.method().name())
                .param("class", v.verdict().verdictClass().name())
                .param("figures", JSON.writeValueAsString(v.verdict().figures()))
                .param("zh", v.verdict().explanation().zh())
                .param("en", v.verdict().explanation().en())
                .param("inputs", JSON.writeValueAsString(v.inputs()))
                .param("computedAt", Timestamp.from(v.computedAt()))
                .update();
    }

    List<TargetVerdict> latest(String plan) {
        return jdbc.sql(LATEST)
                .param("plan", plan)
                .query((rs, n) -> {
                    VerdictClass cls = VerdictClass.valueOf(rs.getString("class"));
                    Figures figures = JSON.readValue(rs.getString("figures"), Figures.class);
                    LocalizedText text =
                            new LocalizedText(rs.getString("explanation_zh"), rs.getString("explanation_en"));
                    Verdict verdict = cls == VerdictClass.INSUFFICIENT_DATA
                            ? new Verdict.InsufficientData(figures, text)
                            : new Verdict.Judged(cls, figures, text);
                    List<String> inputs = List.of(JSON.readValue(rs.getString("inputs"), String[].class));
                    return new TargetVerdict(
                            rs.getString("plan_code"),
                            rs.getString("target_code"),
                            rs.getString("region_code"),
                            rs.getInt("as_of"),
                            Method.valueOf(rs.getString("method")),
                            verdict,
                            inputs,
                            rs.getTimestamp("computed_at").toInstant());
                })
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from verdicts_snapshot")
                .query(Long.class)
                .single();
    }
}
