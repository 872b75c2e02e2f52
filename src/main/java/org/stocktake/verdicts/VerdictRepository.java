package org.stocktake.verdicts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.stocktake.assessment.Figures;
import org.stocktake.assessment.Method;
import org.stocktake.assessment.Verdict;
import org.stocktake.assessment.VerdictClass;
import org.stocktake.shared.LocalizedText;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The current verdict of every target × region pair and method ({@code verdicts_current}), and
 * their history ({@code verdicts_snapshot}). A recompute copies its verdicts into a temporary
 * table in one {@code COPY}; only those that differ from the current one (by digest) replace it
 * and are appended to the history, so an unchanged verdict costs no write.
 */
@Repository
class VerdictRepository {

    private static final String COLUMNS = "plan_code, target_code, region_code, method, as_of, basis, example, class,"
            + " figures, explanation_zh, explanation_en, inputs, digest, computed_at";

    private static final String INCOMING = """
            create temp table if not exists verdicts_incoming
                (like verdicts_current including defaults) on commit delete rows
            """;

    private static final String HISTORY = """
            insert into verdicts_snapshot (plan_code, target_code, region_code, as_of, method, class, figures,
                explanation_zh, explanation_en, inputs, computed_at, basis, example)
            select i.plan_code, i.target_code, i.region_code, i.as_of, i.method, i.class, i.figures,
                   i.explanation_zh, i.explanation_en, i.inputs, i.computed_at, i.basis, i.example
            from verdicts_incoming i
            """;

    private static final String REPLACE = """
            insert into verdicts_current (%1$s) select %1$s from verdicts_incoming
            on conflict (plan_code, target_code, region_code, method) do update set
                as_of = excluded.as_of, basis = excluded.basis, example = excluded.example,
                class = excluded.class, figures = excluded.figures, explanation_zh = excluded.explanation_zh,
                explanation_en = excluded.explanation_en, inputs = excluded.inputs, digest = excluded.digest,
                computed_at = excluded.computed_at
            """.formatted(COLUMNS);

    private static final String DIGESTS = """
            select target_code, region_code, method, digest from verdicts_current
            where plan_code = :plan and target_code = any(:targets) and region_code = any(:regions)
            """;

    private static final String READ = """
            select * from verdicts_current
            where plan_code = :plan
              and (cast(:target as text) is null or target_code = :target)
              and (cast(:region as text) is null or region_code = :region)
              and (not cast(:scopeOnly as boolean) or basis = 'scope')
            order by target_code, region_code, method
            """;

    /** One verdict to store, with the digest of everything it says. */
    record Row(RegionVerdict verdict, String figures, String inputs, long digest) {

        static Row of(RegionVerdict v) {
            String figures = JSON.writeValueAsString(v.verdict().verdict().figures());
            String inputs = JSON.writeValueAsString(v.verdict().inputs());
            TargetVerdict t = v.verdict();
            long digest = Digest.of(
                    t.verdict().verdictClass().name(),
                    v.basis().code(),
                    Boolean.toString(v.example()),
                    Integer.toString(t.asOf()),
                    figures,
                    t.verdict().explanation().zh(),
                    t.verdict().explanation().en(),
                    inputs);
            return new Row(v, figures, inputs, digest);
        }
    }

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    VerdictRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Stores the verdicts that differ from the current ones (in the caller's transaction): they
     * replace them and are appended to the history. The current digests of the batch's pairs are
     * read first, so an unchanged verdict is never sent to the database. Returns how many were stored.
     */
    int store(String plan, Collection<Row> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        java.util.Set<String> targets = new java.util.HashSet<>();
        java.util.Set<String> regions = new java.util.HashSet<>();
        batch.forEach(r -> {
            targets.add(r.verdict().target());
            regions.add(r.verdict().region());
        });
        java.util.Map<String, Long> current = new java.util.HashMap<>();
        jdbc.sql(DIGESTS)
                .param("plan", plan)
                .param("targets", targets.toArray(String[]::new))
                .param("regions", regions.toArray(String[]::new))
                .query(rs -> {
                    current.put(key(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getLong(4));
                });
        List<Row> rows = batch.stream()
                .filter(r -> {
                    Long d = current.get(key(
                            r.verdict().target(),
                            r.verdict().region(),
                            r.verdict().verdict().method().name()));
                    return d == null || d != r.digest();
                })
                .toList();
        if (rows.isEmpty()) {
            return 0;
        }
        jdbc.sql(INCOMING).update();
        jdbc.sql("delete from verdicts_incoming").update();
        copy(rows);
        int changed = jdbc.sql(HISTORY).update();
        jdbc.sql(REPLACE).update();
        return changed;
    }

    private static String key(String target, String region, String method) {
        return target + '\u0000' + region + '\u0000' + method;
    }

    private void copy(Collection<Row> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 700);
        for (Row r : rows) {
            TargetVerdict v = r.verdict().verdict();
            field(text, v.plan()).append('\t');
            field(text, v.target()).append('\t');
            field(text, v.region()).append('\t');
            field(text, v.method().name()).append('\t');
            text.append(v.asOf()).append('\t');
            field(text, r.verdict().basis().code()).append('\t');
            text.append(r.verdict().example() ? 't' : 'f').append('\t');
            field(text, v.verdict().verdictClass().name()).append('\t');
            field(text, r.figures()).append('\t');
            field(text, v.verdict().explanation().zh()).append('\t');
            field(text, v.verdict().explanation().en()).append('\t');
            field(text, r.inputs()).append('\t');
            text.append(r.digest()).append('\t');
            text.append(v.computedAt()).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy verdicts_incoming (" + COLUMNS + ") from stdin", new StringReader(text.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("storing verdicts failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** PostgreSQL's COPY text format: backslash, tab and line ends escaped. */
    private static StringBuilder field(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** Removes the current verdicts of targets no longer in the plan, or of regions no longer judged for a target. */
    int prune(String plan, Map<String, ? extends Collection<String>> regionsByTarget, boolean otherTargets) {
        int removed = 0;
        if (otherTargets) {
            removed += jdbc.sql("delete from verdicts_current where plan_code = :plan and target_code <> all(:targets)")
                    .param("plan", plan)
                    .param("targets", regionsByTarget.keySet().toArray(String[]::new))
                    .update();
        }
        for (var e : regionsByTarget.entrySet()) {
            removed += jdbc.sql("""
                            delete from verdicts_current
                            where plan_code = :plan and target_code = :target and region_code <> all(:regions)
                            """)
                    .param("plan", plan)
                    .param("target", e.getKey())
                    .param("regions", e.getValue().toArray(String[]::new))
                    .update();
        }
        return removed;
    }

    /** The current verdicts of a plan, of one target and/or one region (null: any), or of the scope regions only. */
    List<RegionVerdict> current(String plan, String target, String region, boolean scopeOnly) {
        return jdbc.sql(READ)
                .param("plan", plan)
                .param("target", target)
                .param("region", region)
                .param("scopeOnly", scopeOnly)
                .query((rs, n) -> {
                    VerdictClass cls = VerdictClass.valueOf(rs.getString("class"));
                    Figures figures = JSON.readValue(rs.getString("figures"), Figures.class);
                    LocalizedText text =
                            new LocalizedText(rs.getString("explanation_zh"), rs.getString("explanation_en"));
                    Verdict verdict = cls == VerdictClass.INSUFFICIENT_DATA
                            ? new Verdict.InsufficientData(figures, text)
                            : new Verdict.Judged(cls, figures, text);
                    List<String> inputs = List.of(JSON.readValue(rs.getString("inputs"), String[].class));
                    Instant at = rs.getTimestamp("computed_at").toInstant();
                    TargetVerdict v = new TargetVerdict(
                            rs.getString("plan_code"),
                            rs.getString("target_code"),
                            rs.getString("region_code"),
                            rs.getInt("as_of"),
                            Method.valueOf(rs.getString("method")),
                            verdict,
                            inputs,
                            at);
                    return new RegionVerdict(v, Basis.of(rs.getString("basis")), rs.getBoolean("example"), null);
                })
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from verdicts_current")
                .query(Long.class)
                .single();
    }
}
