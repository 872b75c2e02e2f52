package org.stocktake.supervision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Each plan's rules as JSON; a plan without its own rules uses the defaults. */
@Repository
class RulesStore {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    RulesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Rules rules(String plan) {
        return jdbc.sql("select body::text from tasks_rules where plan_code = :p")
                .param("p", plan)
                .query(String.class)
                .optional()
                .map(body -> JSON.readValue(body, Rules.class))
                .orElse(Rules.DEFAULTS);
    }

    void save(String plan, Rules rules) {
        jdbc.sql("""
                insert into tasks_rules (plan_code, body) values (:p, cast(:b as jsonb))
                on conflict (plan_code) do update set body = excluded.body
                """)
                .param("p", plan)
                .param("b", JSON.writeValueAsString(rules))
                .update();
    }
}
