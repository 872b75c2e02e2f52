package org.stocktake.supervision;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
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
            insert into tasks_task (plan_code, code, parent_id, article_code, title, start_date, deadline,
                cycle, due_day, deliverable, status)
            values (:plan, :code, :parent, :article, :title, :start, :deadline, :cycle, :dueDay, :deliverable, :status)
            returning id
            """;
    private static final String UPDATE_DETAILS = """
            update tasks_task set title = :title, article_code = :article, start_date = :start,
                deadline = :deadline, cycle = :cycle, due_day = :dueDay, deliverable = :deliverable,
                status = :status, version = version + 1
            where id = :id and version = :version
            """;
    /**
     * The one write of a task's lead unit: every assignment (creation with a lead, the task page,
     * the board's bulk assignment, the division-of-labour import, the API) goes through here.
     * It also keeps the one rule of the assignment day ({@code assigned_on}, where the lead unit's
     * schedule starts): the day the lead goes from none to a unit; for a task created with its
     * lead (version 0, never saved since) the start date the coordinator gave it, if not later
     * than today; none while nobody leads.
     */
    private static final String SET_LEAD = """
            update tasks_task set lead_unit = :lead,
                assigned_on = case when cast(:lead as text) is null then null
                    when lead_unit is not null then assigned_on
                    when version = 0 then least(start_date, cast(:today as date))
                    else cast(:today as date) end
            where id = :id
            """;

    private static final String UPDATE_STATE = """
            update tasks_task set deadline = :deadline, status = :status, percent = :percent,
                closed_on = :closedOn, version = version + 1
            where id = :id and version = :version
            """;
    /**
     * A task with its co-units, milestones and links in one statement (one connection, one
     * snapshot): the children come as arrays, so no query ever runs inside the row mapper.
     */
    private static final String SELECT = """
            select t.*,
                array(select c.unit_code from tasks_co_unit c where c.task_id = t.id order by c.unit_code) as co_units,
                array(select m.quarter from tasks_milestone m where m.task_id = t.id order by m.quarter) as quarters,
                array(select m.description from tasks_milestone m where m.task_id = t.id order by m.quarter) as milestones,
                array(select l.code from tasks_link l where l.task_id = t.id and l.kind = 'target' order by l.code) as targets,
                array(select l.code from tasks_link l where l.task_id = t.id and l.kind = 'indicator' order by l.code) as indicators
            from tasks_task t
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    TaskRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(TaskDraft d, Long parentId, TaskStatus status) {
        long id = jdbc.sql(INSERT)
                .param("plan", d.planCode())
                .param("code", d.code())
                .param("parent", parentId)
                .param("article", d.article())
                .param("title", d.title())
                .param("start", Date.valueOf(d.startDate()))
                .param("deadline", date(d.deadline()))
                .param("cycle", d.cycle().code())
                .param("dueDay", d.dueDay())
                .param("deliverable", d.deliverable())
                .param("status", status.code())
                .query(Long.class)
                .single();
        replaceChildren(id, d);
        return id;
    }

    /** Saves edited details; false when the version read is no longer current. */
    boolean updateDetails(long id, TaskDraft d, TaskStatus status, int version) {
        int rows = jdbc.sql(UPDATE_DETAILS)
                .param("id", id)
                .param("version", version)
                .param("title", d.title())
                .param("article", d.article())
                .param("start", Date.valueOf(d.startDate()))
                .param("deadline", date(d.deadline()))
                .param("cycle", d.cycle().code())
                .param("dueDay", d.dueDay())
                .param("deliverable", d.deliverable())
                .param("status", status.code())
                .update();
        if (rows == 1) {
            replaceChildren(id, d);
        }
        return rows == 1;
    }

    /** Saves a transition's result; false when the version read is no longer current. */
    boolean saveState(Task t) {
        return jdbc.sql(UPDATE_STATE)
                        .param("id", t.id())
                        .param("version", t.version())
                        .param("deadline", date(t.deadline()))
                        .param("status", t.status().code())
                        .param("percent", t.percent())
                        .param("closedOn", date(t.closedOn()))
                        .update()
                == 1;
    }

    /** Re-bases the schedule (an approved extension): from {@code day} the open work runs to the deadline. */
    void rebase(long id, LocalDate day, int percent) {
        jdbc.sql("update tasks_task set schedule_start = :d, schedule_percent = :p where id = :id")
                .param("d", Date.valueOf(day))
                .param("p", percent)
                .param("id", id)
                .update();
    }

    /**
     * Sets a task's lead unit (null: unassigned). The only statement that writes {@code lead_unit};
     * the caller has already saved the task at the version it read, in the same transaction.
     */
    void setLead(long id, String lead) {
        jdbc.sql(SET_LEAD)
                .param("id", id)
                .param("lead", lead)
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .update();
    }

    void setLight(long id, Light light) {
        jdbc.sql("update tasks_task set light = :l where id = :id")
                .param("l", light.code())
                .param("id", id)
                .update();
    }

    private void replaceChildren(long id, TaskDraft d) {
        jdbc.sql("delete from tasks_co_unit where task_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from tasks_milestone where task_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from tasks_link where task_id = :id").param("id", id).update();
        for (String unit : d.coUnits()) {
            jdbc.sql("insert into tasks_co_unit values (:id, :u)")
                    .param("id", id)
                    .param("u", unit)
                    .update();
        }
        d.milestones()
                .forEach((quarter, text) -> jdbc.sql("insert into tasks_milestone values (:id, :q, :t)")
                        .param("id", id)
                        .param("q", quarter)
                        .param("t", text)
                        .update());
        for (String target : d.targets()) {
            jdbc.sql("insert into tasks_link values (:id, 'target', :c)")
                    .param("id", id)
                    .param("c", target)
                    .update();
        }
        for (String indicator : d.indicators()) {
            jdbc.sql("insert into tasks_link values (:id, 'indicator', :c)")
                    .param("id", id)
                    .param("c", indicator)
                    .update();
        }
    }

    Optional<Task> find(long id) {
        return jdbc.sql(SELECT + " where t.id = :id")
                .param("id", id)
                .query(TaskRepository::task)
                .optional();
    }

    Optional<Task> find(String plan, String code) {
        return jdbc.sql(SELECT + " where t.plan_code = :p and t.code = :c")
                .param("p", plan)
                .param("c", code)
                .query(TaskRepository::task)
                .optional();
    }

    List<Task> all() {
        return jdbc.sql(SELECT + " order by t.plan_code, t.id")
                .query(TaskRepository::task)
                .list();
    }

    List<Task> ofPlan(String plan) {
        return jdbc.sql(SELECT + " where t.plan_code = :p order by t.id")
                .param("p", plan)
                .query(TaskRepository::task)
                .list();
    }

    int version(long id) {
        return jdbc.sql("select version from tasks_task where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    /** Maps one row of {@link #SELECT}; reads only the row, never the database. */
    private static Task task(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        List<String> quarters = strings(rs, "quarters");
        List<String> descriptions = strings(rs, "milestones");
        Map<String, String> milestones = new LinkedHashMap<>();
        for (int i = 0; i < quarters.size(); i++) {
            milestones.put(quarters.get(i), descriptions.get(i));
        }
        return new Task(
                rs.getLong("id"),
                rs.getString("plan_code"),
                rs.getString("code"),
                parentId,
                rs.getString("article_code"),
                rs.getString("title"),
                rs.getString("lead_unit"),
                strings(rs, "co_units"),
                rs.getDate("start_date").toLocalDate(),
                local(rs.getDate("deadline")),
                Cycle.of(rs.getString("cycle")),
                rs.getInt("due_day"),
                rs.getString("deliverable"),
                TaskStatus.of(rs.getString("status")),
                rs.getInt("percent"),
                Light.of(rs.getString("light")),
                local(rs.getDate("closed_on")),
                rs.getInt("version"),
                milestones,
                strings(rs, "targets"),
                strings(rs, "indicators"),
                new Schedule(local(rs.getDate("assigned_on")), local(rs.getDate("schedule_start")), (Integer)
                        rs.getObject("schedule_percent")));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        try {
            return array == null ? List.of() : List.of((String[]) array.getArray());
        } finally {
            if (array != null) {
                array.free();
            }
        }
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
