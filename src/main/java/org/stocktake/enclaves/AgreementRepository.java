package org.stocktake.enclaves;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code enclaves_*} tables. */
@Repository
class AgreementRepository {

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Agreement a, String by, Instant at) {
        long id = jdbc.sql("""
                insert into enclaves_agreement (name, sender_region, host_region, park_code, document,
                    valid_from, valid_to, recorded_by, recorded_at)
                values (:name, :sender, :host, :park, :document, :from, :to, :by, :at)
                returning id
                """)
                .param("name", a.name())
                .param("sender", a.sender())
                .param("host", a.host())
                .param("park", a.park())
                .param("document", a.document())
                .param("from", Date.valueOf(a.validFrom()))
                .param("to", a.validTo() == null ? null : Date.valueOf(a.validTo()))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
        for (SplitRule r : a.rules()) {
            jdbc.sql("""
                    insert into enclaves_rule (agreement_id, indicator, method, sender_share, base_year, base_value)
                    values (:id, :indicator, :method, :share, :baseYear, :baseValue)
                    """)
                    .param("id", id)
                    .param("indicator", r.indicator())
                    .param("method", r.method().code())
                    .param("share", r.senderShare())
                    .param("baseYear", r.baseYear())
                    .param("baseValue", r.baseValue())
                    .update();
        }
        return id;
    }

    /** Every agreement with its rules, in the order recorded. */
    List<Agreement> all() {
        Map<Long, List<SplitRule>> rules = new LinkedHashMap<>();
        jdbc.sql("select * from enclaves_rule order by agreement_id, indicator").query(rs -> {
            rules.computeIfAbsent(rs.getLong("agreement_id"), k -> new ArrayList<>())
                    .add(rule(rs));
        });
        return jdbc.sql("select * from enclaves_agreement order by id")
                .query((rs, n) -> agreement(rs, rules.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static SplitRule rule(ResultSet rs) throws SQLException {
        int baseYear = rs.getInt("base_year");
        Integer year = rs.wasNull() ? null : baseYear;
        double baseValue = rs.getDouble("base_value");
        Double value = rs.wasNull() ? null : baseValue;
        return new SplitRule(
                rs.getString("indicator"),
                SplitMethod.of(rs.getString("method")).orElseThrow(),
                rs.getDouble("sender_share"),
                year,
                value);
    }

    private static Agreement agreement(ResultSet rs, List<SplitRule> rules) throws SQLException {
        Date to = rs.getDate("valid_to");
        return new Agreement(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("sender_region"),
                rs.getString("host_region"),
                rs.getString("park_code"),
                rs.getString("document"),
                rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate(),
                rules);
    }
}
