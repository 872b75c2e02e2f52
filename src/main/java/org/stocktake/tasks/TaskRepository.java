package org.stocktake.tasks;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tasks with their co-units, milestones and links; saves check the version read (optimistic lock). */
@Repository
class TaskRepository {

    private static final String INSERT = """
            insert into tasks_task (plan_code, code, parent_id, article_code, title, lead_unit, start_date, deadline,
                cycle, due_day, deliverable, status)
            values (:plan, :code, :parent, :article, :title, :lead, :start, :deadline, :cycle, :dueDay, :deliverable, :status)
            returning id
            """;
    private static final String UPDATE_DETAILS = """
            update tasks_task set title = :title, article_code = :article, lead_unit = :lead, start_date = :start,
                deadline = :deadline, cycle = :cycle, due_day = :dueDay, deliverable = :deliverable,
                status = :status, version = version + 1
            where id = :id and version = :version
            """;
    private static final String UPDATE_STATE = """
            update tasks_task set lead_unit = :lead, deadline = :deadline, status = :status, percent = :percent,
                closed_on = :closedOn, version = version + 1
            where id = :id and version = :version
            """;
    private static final String SELECT = "select * from tasks_task";

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(TaskDraft d, Long parentId, TaskStatus status) {
        long id = jdbc.sql(INSERT).param("plan", d.planCode()).param("code", d.code()).param("parent", parentId)
                .param("article", d.article()).param("title", d.title()).param("lead", d.lead())
                .param("start", Date.valueOf(d.startDate())).param("deadline", date(d.deadline()))
                .param("cycle", d.cycle().code()).param("dueDay", d.dueDay()).param("deliverable", d.deliverable())
                .param("status", status.code()).query(Long.class).single();
        replaceChildren(id, d);
        return id;
    }

    /** Saves edited details; false when the version read is no longer current. */
    boolean updateDetails(long id, TaskDraft d, TaskStatus status, int version) {
        int rows = jdbc.sql(UPDATE_DETAILS).param("id", id).param("version", version).param("title", d.title())
                .param("article", d.article()).param("lead", d.lead()).param("start", Date.valueOf(d.startDate()))
                .param("deadline", date(d.deadline())).param("cycle", d.cycle().code()).param("dueDay", d.dueDay())
                .param("deliverable", d.deliverable()).param("status", status.code()).update();
        if (rows == 1) {
            replaceChildren(id, d);
        }
        return rows == 1;
    }

    /** Saves a transition's result; false when the version read is no longer current. */
    boolean saveState(Task t) {
        return jdbc.sql(UPDATE_STATE).param("id", t.id()).param("version", t.version()).param("lead", t.lead())
                .param("deadline", date(t.deadline())).param("status", t.status().code()).param("percent", t.percent())
                .param("closedOn", date(t.closedOn())).update() == 1;
    }

    void setLight(long id, Light light) {
        jdbc.sql("update tasks_task set light = :l where id = :id").param("l", light.code()).param("id", id).update();
    }

    private void replaceChildren(long id, TaskDraft d) {
        jdbc.sql("delete from tasks_co_unit where task_id = :id").param("id", id).update();
        jdbc.sql("delete from tasks_milestone where task_id = :id").param("id", id).update();
        jdbc.sql("delete from tasks_link where task_id = :id").param("id", id).update();
        for (String unit : d.coUnits()) {
            jdbc.sql("insert into tasks_co_unit values (:id, :u)").param("id", id).param("u", unit).update();
        }
        d.milestones().forEach((quarter, text) -> jdbc.sql("insert into tasks_milestone values (:id, :q, :t)")
                .param("id", id).param("q", quarter).param("t", text).update());
        for (String target : d.targets()) {
            jdbc.sql("insert into tasks_link values (:id, 'target', :c)").param("id", id).param("c", target).update();
        }
        for (String indicator : d.indicators()) {
            jdbc.sql("insert into tasks_link values (:id, 'indicator', :c)").param("id", id).param("c", indicator).update();
        }
    }

    Optional<Task> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::task).optional();
    }

    Optional<Task> find(String plan, String code) {
        return jdbc.sql(SELECT + " where plan_code = :p and code = :c").param("p", plan).param("c", code)
                .query(this::task).optional();
    }

    List<Task> all() {
        return jdbc.sql(SELECT + " order by plan_code, id").query(this::task).list();
    }

    List<Task> ofPlan(String plan) {
        return jdbc.sql(SELECT + " where plan_code = :p order by id").param("p", plan).query(this::task).list();
    }

    int version(long id) {
        return jdbc.sql("select version from tasks_task where id = :id").param("id", id).query(Integer.class).single();
    }

    private Task task(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        Map<String, String> milestones = new LinkedHashMap<>();
        jdbc.sql("select quarter, description from tasks_milestone where task_id = :id order by quarter").param("id", id)
                .query((r, i) -> milestones.put(r.getString(1), r.getString(2))).list();
        return new Task(id, rs.getString("plan_code"), rs.getString("code"), parentId,
                rs.getString("article_code"), rs.getString("title"), rs.getString("lead_unit"),
                strings("select unit_code from tasks_co_unit where task_id = :id order by unit_code", id),
                rs.getDate("start_date").toLocalDate(), local(rs.getDate("deadline")), Cycle.of(rs.getString("cycle")),
                rs.getInt("due_day"), rs.getString("deliverable"), TaskStatus.of(rs.getString("status")),
                rs.getInt("percent"), Light.of(rs.getString("light")), local(rs.getDate("closed_on")),
                rs.getInt("version"), milestones,
                strings("select code from tasks_link where task_id = :id and kind = 'target' order by code", id),
                strings("select code from tasks_link where task_id = :id and kind = 'indicator' order by code", id));
    }

    private List<String> strings(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(String.class).list();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
