package org.stocktake.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.shared.LocalizedText;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** Stores a plan as its header plus one row per part, article, target, unit and task. */
@Repository
class PlanRepository {

    private static final String INSERT_PLAN = """
            insert into plan_plan (code, title_zh, title_en, header, revision)
            values (:code, :zh, :en, cast(:header as jsonb), :revision)
            """;
    private static final String INSERT_PART = """
            insert into plan_part (plan_code, seq, number, title_zh, title_en) values (:plan, :seq, :number, :zh, :en)
            """;
    private static final String INSERT_ARTICLE = """
            insert into plan_article (plan_code, code, part_seq, seq, number, title_zh, title_en, text)
            values (:plan, :code, :part, :seq, :number, :zh, :en, :text)
            """;
    private static final String INSERT_TARGET = """
            insert into plan_target (plan_code, code, seq, article_code, indicator_code, kind, body)
            values (:plan, :code, :seq, :article, :indicator, :kind, cast(:body as jsonb))
            """;
    private static final String INSERT_UNIT = """
            insert into plan_unit (plan_code, code, seq, body) values (:plan, :code, :seq, cast(:body as jsonb))
            """;
    private static final String INSERT_TASK = """
            insert into plan_task (plan_code, code, seq, article_code, lead_unit, body)
            values (:plan, :code, :seq, :article, :lead, cast(:body as jsonb))
            """;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int revision(String code) {
        return jdbc.sql("select revision from plan_plan where code = :code")
                .param("code", code)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    void delete(String code) {
        jdbc.sql("delete from plan_plan where code = :code").param("code", code).update();
    }

    void insertHeader(PlanDocument plan, int revision) {
        PlanDocument header = new PlanDocument(
                plan.format(),
                plan.code(),
                plan.title(),
                plan.issuer(),
                plan.adopted(),
                plan.startYear(),
                plan.endYear(),
                plan.region(),
                plan.source(),
                plan.preamble(),
                null,
                plan.regionGroups(),
                null,
                null,
                null,
                null);
        jdbc.sql(INSERT_PLAN)
                .param("code", plan.code())
                .param("zh", plan.title().zh())
                .param("en", plan.title().en())
                .param("header", JSON.writeValueAsString(header))
                .param("revision", revision)
                .update();
    }

    void insertPart(String plan, int seq, PlanDocument.Part part) {
        jdbc.sql(INSERT_PART)
                .param("plan", plan)
                .param("seq", seq)
                .param("number", part.number())
                .param("zh", part.title().zh())
                .param("en", part.title().en())
                .update();
    }

    void insertArticle(String plan, int partSeq, int seq, PlanDocument.Article a) {
        jdbc.sql(INSERT_ARTICLE)
                .param("plan", plan)
                .param("code", a.code())
                .param("part", partSeq)
                .param("seq", seq)
                .param("number", a.number())
                .param("zh", a.title().zh())
                .param("en", a.title().en())
                .param("text", a.text())
                .update();
    }

    void insertTarget(String plan, int seq, PlanDocument.Target t) {
        jdbc.sql(INSERT_TARGET)
                .param("plan", plan)
                .param("code", t.code())
                .param("seq", seq)
                .param("article", t.article())
                .param("indicator", t.indicator())
                .param("kind", t.kind().code())
                .param("body", JSON.writeValueAsString(t))
                .update();
    }

    void insertUnit(String plan, int seq, PlanDocument.Unit u) {
        jdbc.sql(INSERT_UNIT)
                .param("plan", plan)
                .param("code", u.code())
                .param("seq", seq)
                .param("body", JSON.writeValueAsString(u))
                .update();
    }

    void insertTask(String plan, int seq, PlanDocument.Task t) {
        jdbc.sql(INSERT_TASK)
                .param("plan", plan)
                .param("code", t.code())
                .param("seq", seq)
                .param("article", t.article())
                .param("lead", t.lead())
                .param("body", JSON.writeValueAsString(t))
                .update();
    }

    void insertIndicator(String plan, int seq, String indicator) {
        jdbc.sql("insert into plan_indicator (plan_code, indicator_code, seq) values (:plan, :code, :seq)")
                .param("plan", plan)
                .param("code", indicator)
                .param("seq", seq)
                .update();
    }

    List<String> codes() {
        return jdbc.sql("select code from plan_plan order by imported_at, code")
                .query(String.class)
                .list();
    }

    /** The plan as it was imported, with its indicators' definitions supplied by the caller. */
    Optional<PlanDocument> load(String code, List<PlanDocument.Indicator> indicators) {
        Optional<String> header = jdbc.sql("select header::text from plan_plan where code = :code")
                .param("code", code)
                .query(String.class)
                .optional();
        return header.map(h -> {
            PlanDocument head = JSON.readValue(h, PlanDocument.class);
            return new PlanDocument(
                    head.format(),
                    head.code(),
                    head.title(),
                    head.issuer(),
                    head.adopted(),
                    head.startYear(),
                    head.endYear(),
                    head.region(),
                    head.source(),
                    head.preamble(),
                    bodies("plan_unit", code, PlanDocument.Unit.class),
                    head.regionGroups(),
                    indicators,
                    parts(code),
                    bodies("plan_target", code, PlanDocument.Target.class),
                    bodies("plan_task", code, PlanDocument.Task.class));
        });
    }

    List<String> indicatorCodes(String plan) {
        return jdbc.sql("select indicator_code from plan_indicator where plan_code = :plan order by seq")
                .param("plan", plan)
                .query(String.class)
                .list();
    }

    private List<PlanDocument.Part> parts(String plan) {
        List<PlanDocument.Part> parts = jdbc.sql(
                        "select seq, number, title_zh, title_en from plan_part where plan_code = :plan order by seq")
                .param("plan", plan)
                .query((rs, n) -> new PlanDocument.Part(
                        rs.getString("number"),
                        new LocalizedText(rs.getString("title_zh"), rs.getString("title_en")),
                        List.of()))
                .list();
        List<List<PlanDocument.Article>> articles = new java.util.ArrayList<>();
        parts.forEach(p -> articles.add(new java.util.ArrayList<>()));
        jdbc.sql("select * from plan_article where plan_code = :plan order by seq")
                .param("plan", plan)
                .query((rs, n) -> {
                    articles.get(rs.getInt("part_seq"))
                            .add(new PlanDocument.Article(
                                    rs.getString("code"),
                                    rs.getString("number"),
                                    new LocalizedText(rs.getString("title_zh"), rs.getString("title_en")),
                                    rs.getString("text")));
                    return null;
                })
                .list();
        List<PlanDocument.Part> result = new java.util.ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            result.add(new PlanDocument.Part(parts.get(i).number(), parts.get(i).title(), articles.get(i)));
        }
        return result;
    }

    private <T> List<T> bodies(String table, String plan, Class<T> type) {
        return jdbc
                .sql("select body::text from " + table + " where plan_code = :plan order by seq")
                .param("plan", plan)
                .query(String.class)
                .list()
                .stream()
                .map(b -> JSON.readValue(b, type))
                .toList();
    }
}
