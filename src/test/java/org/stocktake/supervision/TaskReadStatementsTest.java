package org.stocktake.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.stocktake.SupervisionTest;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.Role;

/**
 * Issue 9, finding 1: reading tasks and their progress reports costs a fixed number of statements
 * on one connection at a time, whatever the number of tasks, co-units, milestones, links or
 * attachments. Counted on the real database through a data source that only counts.
 */
class TaskReadStatementsTest extends SupervisionTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    TaskService tasks;

    @Autowired
    ProgressService progress;

    @Test
    void aTaskListIsOneStatementOnOneConnectionWhateverTheNumberOfTasks() {
        Actor coordinator = user("stmt-coord", Role.COORDINATOR, null);
        String lead = unit("stmt-lead", "department", "430000");
        String co = unit("stmt-co", "department", "430000");
        String small = plan(coordinator, lead, co, 2);
        String large = plan(coordinator, lead, co, 25);
        Counting counting = new Counting(dataSource);
        TaskRepository repository = new TaskRepository(JdbcClient.create(counting), clock);

        List<Task> few = repository.ofPlan(small);
        Counts afterFew = counting.reset();
        List<Task> many = repository.ofPlan(large);
        Counts afterMany = counting.reset();
        repository.all();
        Counts afterAll = counting.reset();

        assertThat(few).hasSize(2);
        assertThat(many).hasSize(25).allSatisfy(t -> {
            assertThat(t.coUnits()).containsExactly(co);
            assertThat(t.milestones()).containsOnlyKeys("2026Q2", "2026Q4");
            assertThat(t.targets()).containsExactly("T1", "T2");
            assertThat(t.indicators()).containsExactly("gdp");
        });
        assertThat(List.of(afterFew, afterMany, afterAll)).allSatisfy(c -> {
            assertThat(c.statements()).isEqualTo(1);
            assertThat(c.mostOpenAtOnce()).isEqualTo(1);
        });
    }

    @Test
    void theReportsOfATaskAreOneStatementWhateverTheNumberOfAttachments() {
        clock().set(LocalDate.of(2026, 3, 10));
        Actor coordinator = user("stmt-coord", Role.COORDINATOR, null);
        String lead = unit("stmt-lead", "department", "430000");
        Actor liaison = user("stmt-liaison", Role.LIAISON, lead);
        String plan = plan(coordinator, lead, null, 1);
        long task = tasks.list(coordinator, new TaskFilter(plan, null, null, null, null))
                .get(0)
                .id();
        for (int i = 0; i < 3; i++) {
            Update update = progress.submit(liaison, task, new Report(null, "进展 " + i, null, null, 10 * i));
            for (int a = 0; a < i + 1; a++) {
                byte[] pdf = ("%PDF-1.4 附件 " + a).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                progress.attach(liaison, update.id(), "note" + a + ".pdf", pdf);
            }
        }
        Counting counting = new Counting(dataSource);
        UpdateRepository repository = new UpdateRepository(JdbcClient.create(counting));

        List<Update> read = repository.ofTask(task);
        Counts counts = counting.reset();

        assertThat(read).extracting(u -> u.attachments().size()).containsExactly(1, 2, 3);
        assertThat(read.get(2).attachments())
                .extracting(Update.Attachment::fileName)
                .containsExactly("note0.pdf", "note1.pdf", "note2.pdf");
        assertThat(counts.statements()).isEqualTo(1);
        assertThat(counts.mostOpenAtOnce()).isEqualTo(1);
        assertThat(repository.find(read.get(2).id()).orElseThrow().attachments())
                .hasSize(3);
    }

    private String plan(Actor coordinator, String lead, String co, int count) {
        String plan = "stmt-plan-" + lead + "-" + count;
        for (int i = 1; i <= count; i++) {
            tasks.create(
                    coordinator,
                    new TaskDraft(
                            plan,
                            "S" + i,
                            null,
                            null,
                            "任务 " + i,
                            lead,
                            co == null ? List.of() : List.of(co),
                            LocalDate.of(2026, 1, 1),
                            LocalDate.of(2027, 12, 31),
                            Cycle.MONTHLY,
                            5,
                            null,
                            Map.of("2026Q4", "验收", "2026Q2", "开工"),
                            List.of("T2", "T1"),
                            List.of("gdp")));
        }
        return plan;
    }

    record Counts(int statements, int mostOpenAtOnce) {}

    /** The real data source, counting the statements prepared and the connections open at once. */
    static final class Counting extends DelegatingDataSource {

        private final AtomicInteger statements = new AtomicInteger();
        private final AtomicInteger open = new AtomicInteger();
        private final AtomicInteger mostOpen = new AtomicInteger();

        Counting(DataSource target) {
            super(target);
        }

        Counts reset() {
            return new Counts(statements.getAndSet(0), mostOpen.getAndSet(0));
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
            InvocationHandler handler = (proxy, method, args) -> {
                String name = method.getName();
                if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                    statements.incrementAndGet();
                }
                if (name.equals("close")) {
                    open.decrementAndGet();
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }
    }
}
