package org.stocktake.households;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.households.rules.Category;
import org.stocktake.households.rules.Household;
import org.stocktake.households.rules.MeasureType;
import org.stocktake.households.rules.MonitoringLine;
import org.stocktake.households.rules.MonitoringLines;
import org.stocktake.households.rules.RiskType;

/** The {@code households_*} tables. Personal numbers arrive here encrypted; this class never decrypts. */
@Repository
class HouseholdRepository {

    private static final String INSERT_HOUSEHOLD = """
            insert into households_household (code, county_code, village_code, village_name, category, identified_on,
                cleared_on, clear_method, safety_net, housing_safe, water_safe, sample, fingerprint, updated_at, updated_by)
            values (:code, :county, :vcode, :vname, :category, :identified, :cleared, :method, :safety, :housing, :water,
                :sample, :fp, :at, :by)
            on conflict (code) do update set county_code = excluded.county_code, village_code = excluded.village_code,
                village_name = excluded.village_name, category = excluded.category,
                identified_on = excluded.identified_on, cleared_on = excluded.cleared_on,
                clear_method = excluded.clear_method, safety_net = excluded.safety_net,
                housing_safe = excluded.housing_safe, water_safe = excluded.water_safe, sample = excluded.sample,
                fingerprint = excluded.fingerprint, updated_at = excluded.updated_at, updated_by = excluded.updated_by,
                version = households_household.version + 1
            returning id
            """;
    private static final String[] CHILDREN = {
        "households_member", "households_income", "households_risk", "households_measure", "households_employment"
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    HouseholdRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The stored fingerprints of these household codes. */
    Map<String, String> fingerprints(List<String> codes) {
        Map<String, String> out = new HashMap<>();
        jdbc.sql("select code, fingerprint from households_household where code = any(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query((ResultSet rs) -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    /** Stores a household (replacing its children) and returns its id. */
    long save(HouseholdData d, String fingerprint, List<SealedMember> members, String actor, Instant at) {
        Household h = d.rules();
        long id = jdbc.sql(INSERT_HOUSEHOLD)
                .param("code", h.code())
                .param("county", d.county())
                .param("vcode", d.villageCode())
                .param("vname", d.villageName())
                .param("category", h.category().code())
                .param("identified", date(h.identifiedOn()))
                .param("cleared", date(h.clearedOn()))
                .param("method", d.clearMethod())
                .param("safety", h.safetyNet())
                .param("housing", h.housingSafe())
                .param("water", h.waterSafe())
                .param("sample", d.sample())
                .param("fp", fingerprint)
                .param("at", Timestamp.from(at))
                .param("by", actor)
                .query(Long.class)
                .single();
        for (String table : CHILDREN) {
            template.update("delete from " + table + " where household_id = ?", id);
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            SealedMember m = members.get(i);
            Household.Member r = h.members().get(i);
            rows.add(new Object[] {
                id,
                i + 1,
                m.relation(),
                m.idCipher(),
                m.idHash(),
                m.idMasked(),
                m.phoneCipher(),
                m.phoneMasked(),
                r.skill().code(),
                r.schooling().code(),
                r.medicalInsured(),
                r.illnessInsured()
            });
        }
        template.batchUpdate("insert into households_member values (?,?,?,?,?,?,?,?,?,?,?,?)", rows);
        rows.clear();
        for (Household.Income i : h.incomes()) {
            rows.add(new Object[] {id, i.kind().code(), Date.valueOf(i.month().atDay(1)), i.fen()});
        }
        template.batchUpdate(
                "insert into households_income values (?,?,?,?) on conflict (household_id, kind, month) do update"
                        + " set fen = households_income.fen + excluded.fen",
                rows);
        rows.clear();
        for (int i = 0; i < h.risks().size(); i++) {
            Household.Risk r = h.risks().get(i);
            rows.add(new Object[] {id, i + 1, r.type().code(), r.subItem(), date(r.since()), date(r.resolvedOn())});
        }
        template.batchUpdate("insert into households_risk values (?,?,?,?,?,?)", rows);
        rows.clear();
        for (int i = 0; i < h.measures().size(); i++) {
            Household.Measure m = h.measures().get(i);
            rows.add(new Object[] {id, i + 1, m.type().code(), date(m.start()), date(m.end())});
        }
        template.batchUpdate("insert into households_measure values (?,?,?,?,?)", rows);
        rows.clear();
        for (int i = 0; i < h.employment().size(); i++) {
            Household.Employment e = h.employment().get(i);
            rows.add(new Object[] {id, i + 1, e.channel(), e.industry(), null, date(e.start()), date(e.end())});
        }
        template.batchUpdate("insert into households_employment values (?,?,?,?,?,?,?)", rows);
        return id;
    }

    void history(long householdId, Instant at, String actor, String action, String snapshotJson) {
        jdbc.sql("insert into households_history (household_id, at, actor, action, snapshot)"
                        + " values (:h, :at, :actor, :action, cast(:s as jsonb))")
                .param("h", householdId)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .param("action", action)
                .param("s", snapshotJson)
                .update();
    }

    List<HouseholdView.HistoryView> historyOf(long householdId) {
        return jdbc.sql("select at, actor, action from households_history where household_id = :h order by id")
                .param("h", householdId)
                .query((rs, n) ->
                        new HouseholdView.HistoryView(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** A member as stored: relation, encrypted and masked numbers, keyed hash of the ID. */
    @SuppressWarnings("ArrayRecordComponent") // ciphertexts passed from the cipher to the table, never compared
    record SealedMember(
            String relation, byte[] idCipher, String idHash, String idMasked, byte[] phoneCipher, String phoneMasked) {}

    /** A household's place and stored extras, with its id. */
    record Stored(
            long id, String county, String villageName, boolean sample, Household rules, List<SealedMember> sealed) {}

    Optional<Long> idOf(String code) {
        return jdbc.sql("select id from households_household where code = :c")
                .param("c", code)
                .query(Long.class)
                .optional();
    }

    Optional<Stored> load(String code) {
        return idOf(code).map(id -> loadAll("h.id = " + id).get(0));
    }

    /** Every household of a county (or all when null), children included, for the rules. */
    List<Stored> loadCounty(String county) {
        return county == null ? loadAll("true") : loadAll("h.county_code = '" + county.replaceAll("[^0-9]", "") + "'");
    }

    private List<Stored> loadAll(String where) {
        Map<Long, List<Household.Member>> members = new HashMap<>();
        Map<Long, List<SealedMember>> sealed = new HashMap<>();
        template.query(
                "select m.* from households_member m join households_household h on h.id = m.household_id where "
                        + where + " order by m.household_id, m.seq",
                (ResultSet rs) -> {
                    long id = rs.getLong("household_id");
                    members.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new Household.Member(
                                    rs.getString("id_masked"),
                                    Household.LabourSkill.of(rs.getString("labour_skill")),
                                    Household.Schooling.of(rs.getString("schooling")),
                                    rs.getBoolean("medical_insured"),
                                    rs.getBoolean("illness_insured")));
                    sealed.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new SealedMember(
                                    rs.getString("relation"),
                                    rs.getBytes("id_cipher"),
                                    rs.getString("id_hash"),
                                    rs.getString("id_masked"),
                                    rs.getBytes("phone_cipher"),
                                    rs.getString("phone_masked")));
                });
        Map<Long, List<Household.Income>> incomes = new HashMap<>();
        template.query(
                "select i.* from households_income i join households_household h on h.id = i.household_id where "
                        + where,
                (ResultSet rs) -> {
                    incomes.computeIfAbsent(rs.getLong("household_id"), k -> new ArrayList<>())
                            .add(new Household.Income(
                                    Household.IncomeKind.of(rs.getString("kind")),
                                    YearMonth.from(rs.getDate("month").toLocalDate()),
                                    rs.getLong("fen")));
                });
        Map<Long, List<Household.Risk>> risks = new HashMap<>();
        template.query(
                "select r.* from households_risk r join households_household h on h.id = r.household_id where " + where
                        + " order by r.seq",
                (ResultSet rs) -> {
                    risks.computeIfAbsent(rs.getLong("household_id"), k -> new ArrayList<>())
                            .add(new Household.Risk(
                                    RiskType.of(rs.getString("type")),
                                    rs.getString("sub_item"),
                                    local(rs, "since"),
                                    local(rs, "resolved_on")));
                });
        Map<Long, List<Household.Measure>> measures = new HashMap<>();
        template.query(
                "select m.* from households_measure m join households_household h on h.id = m.household_id where "
                        + where + " order by m.seq",
                (ResultSet rs) -> {
                    measures.computeIfAbsent(rs.getLong("household_id"), k -> new ArrayList<>())
                            .add(new Household.Measure(
                                    MeasureType.of(rs.getString("type")), local(rs, "start_on"), local(rs, "end_on")));
                });
        Map<Long, List<Household.Employment>> work = new HashMap<>();
        template.query(
                "select e.* from households_employment e join households_household h on h.id = e.household_id where "
                        + where + " order by e.seq",
                (ResultSet rs) -> {
                    work.computeIfAbsent(rs.getLong("household_id"), k -> new ArrayList<>())
                            .add(new Household.Employment(
                                    local(rs, "start_on"),
                                    local(rs, "end_on"),
                                    rs.getString("channel"),
                                    rs.getString("industry")));
                });
        return template.query("select h.* from households_household h where " + where + " order by h.code", (rs, n) -> {
            long id = rs.getLong("id");
            Household rules = new Household(
                    rs.getString("code"),
                    rs.getString("county_code").substring(0, 2),
                    Category.of(rs.getString("category")),
                    local(rs, "identified_on"),
                    local(rs, "cleared_on"),
                    rs.getBoolean("safety_net"),
                    rs.getBoolean("housing_safe"),
                    rs.getBoolean("water_safe"),
                    members.getOrDefault(id, List.of()),
                    incomes.getOrDefault(id, List.of()),
                    risks.getOrDefault(id, List.of()),
                    measures.getOrDefault(id, List.of()),
                    work.getOrDefault(id, List.of()));
            return new Stored(
                    id,
                    rs.getString("county_code"),
                    rs.getString("village_name"),
                    rs.getBoolean("sample"),
                    rules,
                    sealed.getOrDefault(id, List.of()));
        });
    }

    List<HouseholdRow> rows(String county) {
        return jdbc.sql("""
                select h.code, h.village_name, h.category, h.identified_on, h.cleared_on is not null as cleared,
                       (select count(*) from households_risk r where r.household_id = h.id) as risks, h.sample
                from households_household h where h.county_code = :c order by h.code
                """)
                .param("c", county)
                .query((rs, n) -> new HouseholdRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        local(rs, "identified_on"),
                        rs.getBoolean(5),
                        rs.getInt(6),
                        rs.getBoolean(7)))
                .list();
    }

    MonitoringLines lines() {
        return new MonitoringLines(jdbc.sql("select * from households_line")
                .query((rs, n) -> new MonitoringLine(
                        rs.getString("province"),
                        rs.getInt("year"),
                        rs.getLong("per_capita_fen"),
                        rs.getInt("window_months"),
                        rs.getInt("stable_months"),
                        local(rs, "effective_from")))
                .list());
    }

    /** Counts per county: all, monitored, cleared, identified in each of two months, by category and by risk. */
    List<RegionFigures> countyFigures(String prefix, YearMonth month) {
        Map<String, Map<String, Long>> byCategory = new HashMap<>();
        template.query(
                "select county_code, category, count(*) from households_household where county_code like ?"
                        + " and cleared_on is null group by 1, 2",
                (ResultSet rs) -> {
                    byCategory
                            .computeIfAbsent(rs.getString(1), k -> new java.util.TreeMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                },
                prefix + "%");
        Map<String, Map<String, Long>> byRisk = new HashMap<>();
        template.query(
                "select h.county_code, r.type, count(distinct h.id) from households_household h"
                        + " join households_risk r on r.household_id = h.id where h.county_code like ? and h.cleared_on is null"
                        + " group by 1, 2",
                (ResultSet rs) -> {
                    byRisk.computeIfAbsent(rs.getString(1), k -> new java.util.TreeMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                },
                prefix + "%");
        return template.query(
                """
                select county_code, count(*) as all_, count(*) filter (where cleared_on is null) as monitored,
                       count(*) filter (where cleared_on is not null) as cleared,
                       count(*) filter (where identified_on >= ? and identified_on < ?) as this_month,
                       count(*) filter (where identified_on >= ? and identified_on < ?) as last_month
                from households_household where county_code like ? group by county_code order by county_code
                """,
                (rs, n) -> {
                    String c = rs.getString(1);
                    return new RegionFigures(
                            c,
                            null,
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getLong(4),
                            rs.getLong(5),
                            rs.getLong(6),
                            byCategory.getOrDefault(c, Map.of()),
                            byRisk.getOrDefault(c, Map.of()),
                            false);
                },
                Date.valueOf(month.atDay(1)),
                Date.valueOf(month.plusMonths(1).atDay(1)),
                Date.valueOf(month.minusMonths(1).atDay(1)),
                Date.valueOf(month.atDay(1)),
                prefix + "%");
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
