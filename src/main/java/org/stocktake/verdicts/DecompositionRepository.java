package org.stocktake.verdicts;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The region targets of plan targets ({@code verdicts_region_target}); a target's decomposition is replaced whole. */
@Repository
class DecompositionRepository {

    /** One statement per chunk of rows, the columns passed as arrays. */
    private static final String INSERT = """
            insert into verdicts_region_target (plan_code, target_code, region_code, value, target_year, source,
                                                example, imported_by)
            select :plan, t, r, v, y, s, e, :by
            from unnest(cast(:targets as text[]), cast(:regions as text[]), cast(cast(:values as text[]) as numeric[]),
                        cast(:years as integer[]), cast(:sources as text[]), cast(:examples as boolean[])) as x(t, r, v, y, s, e)
            """;

    private static final int CHUNK = 50_000;

    private final JdbcClient jdbc;

    DecompositionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(String plan, Collection<String> targets, List<RegionTarget> rows, String by) {
        jdbc.sql("delete from verdicts_region_target where plan_code = :plan and target_code = any(:targets)")
                .param("plan", plan)
                .param("targets", targets.toArray(String[]::new))
                .update();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<RegionTarget> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            jdbc.sql(INSERT)
                    .param("plan", plan)
                    .param("targets", chunk.stream().map(RegionTarget::target).toArray(String[]::new))
                    .param("regions", chunk.stream().map(RegionTarget::region).toArray(String[]::new))
                    .param(
                            "values",
                            chunk.stream().map(t -> t.value().toPlainString()).toArray(String[]::new))
                    .param("years", chunk.stream().map(RegionTarget::year).toArray(Integer[]::new))
                    .param("sources", chunk.stream().map(RegionTarget::source).toArray(String[]::new))
                    .param("examples", chunk.stream().map(RegionTarget::example).toArray(Boolean[]::new))
                    .param("by", by)
                    .update();
        }
    }

    /** The region targets of a plan, of some targets and some regions (null: all). */
    List<RegionTarget> of(String plan, Collection<String> targets, Collection<String> regions) {
        return jdbc.sql("""
                        select * from verdicts_region_target
                        where plan_code = :plan
                          and (cast(:allTargets as boolean) or target_code = any(:targets))
                          and (cast(:allRegions as boolean) or region_code = any(:regions))
                        order by target_code, region_code
                        """)
                .param("plan", plan)
                .param("allTargets", targets == null)
                .param("targets", targets == null ? new String[0] : targets.toArray(String[]::new))
                .param("allRegions", regions == null)
                .param("regions", regions == null ? new String[0] : regions.toArray(String[]::new))
                .query((rs, n) -> new RegionTarget(
                        rs.getString("plan_code"),
                        rs.getString("target_code"),
                        rs.getString("region_code"),
                        rs.getBigDecimal("value"),
                        rs.getInt("target_year"),
                        rs.getString("source"),
                        rs.getBoolean("example")))
                .list();
    }
}
