package org.stocktake.observations;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The targeted read of approved yearly values: some indicators, in some regions (or every
 * region), over a range of years, in one statement through the key index, with their provenance;
 * unconfirmed class C values are left out ({@code data_observation}), as in every read a verdict
 * rests on. Verdicts and read models use it instead of reading every value.
 */
@Repository
class SeriesRepository {

    private static final String YEARLY = """
            select indicator_code, region_code, period, value, unit, source, revision,
                   quote, reliability, derivation, confirmed_by, confirmed_at
            from data_observation
            where indicator_code = any(:indicators)
              and (cast(:all as boolean) or region_code = any(:regions))
              and period = any(:periods)
              and abs(value) < 1.7976931348623157e308
            order by indicator_code, region_code, period
            """;

    private final JdbcClient jdbc;

    SeriesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Observation> yearly(Collection<String> indicators, Collection<String> regions, int fromYear, int toYear) {
        if (indicators.isEmpty() || (regions != null && regions.isEmpty()) || toYear < fromYear) {
            return List.of();
        }
        String[] periods = new String[toYear - fromYear + 1];
        for (int y = fromYear; y <= toYear; y++) {
            periods[y - fromYear] = Integer.toString(y);
        }
        return jdbc.sql(YEARLY)
                .param("indicators", indicators.toArray(String[]::new))
                .param("all", regions == null)
                .param("regions", regions == null ? new String[0] : regions.toArray(String[]::new))
                .param("periods", periods)
                .query((rs, n) -> new Observation(
                        rs.getString("indicator_code"),
                        rs.getString("region_code"),
                        rs.getString("period"),
                        rs.getBigDecimal("value"),
                        rs.getString("unit"),
                        rs.getString("source"),
                        rs.getInt("revision"),
                        ObservationRepository.provenance(rs)))
                .list();
    }
}
