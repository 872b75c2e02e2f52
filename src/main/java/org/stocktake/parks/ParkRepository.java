package org.stocktake.parks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.shared.LocalizedText;

/** The {@code parks_*} tables. */
@Repository
class ParkRepository {

    private final JdbcClient jdbc;

    ParkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Park> all() {
        return jdbc.sql("""
                select * from parks_park order by level, kind, code
                """).query(ParkRepository::park).list();
    }

    Optional<Park> find(String code) {
        return jdbc.sql("select * from parks_park where code = :code")
                .param("code", code)
                .query(ParkRepository::park)
                .optional();
    }

    void save(Park p) {
        jdbc.sql("""
                insert into parks_park (code, name_zh, name_en, level, kind, region_code, area_km2, managed_by, lon, lat, sample)
                values (:code, :zh, :en, :level, :kind, :region, :area, :managedBy, :lon, :lat, :sample)
                on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
                    level = excluded.level, kind = excluded.kind, region_code = excluded.region_code,
                    area_km2 = excluded.area_km2, managed_by = excluded.managed_by, lon = excluded.lon,
                    lat = excluded.lat, sample = excluded.sample
                """)
                .param("code", p.code())
                .param("zh", p.name().zh())
                .param("en", p.name().en())
                .param("level", p.level().code())
                .param("kind", p.kind().code())
                .param("region", p.region())
                .param("area", p.areaKm2())
                .param("managedBy", p.managedBy())
                .param("lon", p.lon())
                .param("lat", p.lat())
                .param("sample", p.sample())
                .update();
    }

    void saveValue(ParkFiles.Value v, String source) {
        jdbc.sql("""
                insert into parks_value (park_code, indicator, year, value, source)
                values (:park, :indicator, :year, :value, :source)
                on conflict (park_code, indicator, year) do update set value = excluded.value, source = excluded.source
                """)
                .param("park", v.park())
                .param("indicator", v.indicator())
                .param("year", v.year())
                .param("value", v.value())
                .param("source", source)
                .update();
    }

    OptionalDouble value(String park, String indicator, int year) {
        return jdbc.sql("select value from parks_value where park_code = :p and indicator = :i and year = :y")
                .param("p", park)
                .param("i", indicator)
                .param("y", year)
                .query(Double.class)
                .optional()
                .map(OptionalDouble::of)
                .orElse(OptionalDouble.empty());
    }

    List<ParkFiles.Value> values(int year) {
        return jdbc.sql("select park_code, indicator, year, value from parks_value where year = :y")
                .param("y", year)
                .query((rs, n) -> new ParkFiles.Value(
                        rs.getString("park_code"), rs.getString("indicator"), rs.getInt("year"), rs.getDouble("value")))
                .list();
    }

    List<Integer> years() {
        return jdbc.sql("select distinct year from parks_value order by year")
                .query(Integer.class)
                .list();
    }

    void replaceScores(int year, List<ParkScore> scores) {
        jdbc.sql("delete from parks_score where year = :y").param("y", year).update();
        for (ParkScore s : scores) {
            jdbc.sql("""
                    insert into parks_score (park_code, year, score, peer_group, peer_rank, peer_size)
                    values (:park, :year, :score, :group, :rank, :size)
                    """)
                    .param("park", s.park())
                    .param("year", s.year())
                    .param("score", s.score())
                    .param("group", s.peerGroup())
                    .param("rank", s.peerRank())
                    .param("size", s.peerSize())
                    .update();
        }
    }

    List<ParkScore> scores() {
        return jdbc.sql("select * from parks_score order by park_code, year")
                .query(ParkRepository::score)
                .list();
    }

    List<ParkScore> scores(int year) {
        return jdbc.sql(
                        "select * from parks_score where year = :y order by peer_group, peer_rank nulls last, park_code")
                .param("y", year)
                .query(ParkRepository::score)
                .list();
    }

    void replaceDecisions(int year, List<Decision> decisions) {
        jdbc.sql("delete from parks_decision where year = :y").param("y", year).update();
        for (Decision d : decisions) {
            jdbc.sql("""
                    insert into parks_decision (park_code, year, rule, action, decided_by, decided_at, document)
                    values (:park, :year, :rule, :action, :by, :at, :document)
                    """)
                    .param("park", d.park())
                    .param("year", d.year())
                    .param("rule", d.rule())
                    .param("action", d.action())
                    .param("by", d.decidedBy())
                    .param("at", java.sql.Timestamp.from(d.decidedAt()))
                    .param("document", d.document())
                    .update();
        }
    }

    List<Decision> decisions(String park) {
        return jdbc.sql("select * from parks_decision where park_code = :p order by year, rule")
                .param("p", park)
                .query(ParkRepository::decision)
                .list();
    }

    List<Decision> decisions(int year) {
        return jdbc.sql("select * from parks_decision where year = :y order by park_code, rule")
                .param("y", year)
                .query(ParkRepository::decision)
                .list();
    }

    private static Park park(ResultSet rs, int n) throws SQLException {
        return new Park(
                rs.getString("code"),
                new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")),
                ParkLevel.of(rs.getString("level")).orElseThrow(),
                ParkKind.of(rs.getString("kind")).orElseThrow(),
                rs.getString("region_code"),
                nullable(rs, "area_km2"),
                rs.getString("managed_by"),
                nullable(rs, "lon"),
                nullable(rs, "lat"),
                rs.getBoolean("sample"));
    }

    private static ParkScore score(ResultSet rs, int n) throws SQLException {
        int rank = rs.getInt("peer_rank");
        Integer peerRank = rs.wasNull() ? null : rank;
        return new ParkScore(
                rs.getString("park_code"),
                rs.getInt("year"),
                nullable(rs, "score"),
                rs.getString("peer_group"),
                peerRank,
                rs.getInt("peer_size"));
    }

    private static Decision decision(ResultSet rs, int n) throws SQLException {
        Instant at = rs.getTimestamp("decided_at").toInstant();
        return new Decision(
                rs.getLong("id"),
                rs.getString("park_code"),
                rs.getInt("year"),
                rs.getString("rule"),
                rs.getString("action"),
                rs.getString("decided_by"),
                at,
                rs.getString("document"));
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
