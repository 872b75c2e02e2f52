package org.stocktake.database;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * When a process stops, waits until the module listeners are idle before anything shuts down: a
 * listener that commits announces news in turn, and its listeners are handed to the executor after
 * that commit, so the executor is idle only when a whole chain has run. Waits at most
 * {@code spring.task.execution.shutdown.await-termination-period}; what is left then stays
 * incomplete in the event publication registry and is delivered at the next start.
 */
@Component
class ListenerDrain {

    private static final Logger log = LoggerFactory.getLogger(ListenerDrain.class);

    private final ObjectProvider<ThreadPoolTaskExecutor> executors;
    private final Duration patience;

    ListenerDrain(
            ObjectProvider<ThreadPoolTaskExecutor> executors,
            @Value("${spring.task.execution.shutdown.await-termination-period:60s}") Duration patience) {
        this.executors = executors;
        this.patience = patience;
    }

    @EventListener(ContextClosedEvent.class)
    void drain() {
        long deadline = System.nanoTime() + patience.toNanos();
        executors.orderedStream().forEach(executor -> {
            while (busy(executor)) {
                if (System.nanoTime() > deadline) {
                    log.warn("停止时仍有后续处理未完成，将在下次启动时继续 / stopping with listeners still at work; "
                            + "they will be done at the next start");
                    return;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    private static boolean busy(ThreadPoolTaskExecutor executor) {
        var pool = executor.getThreadPoolExecutor();
        return pool.getActiveCount() > 0 || !pool.getQueue().isEmpty();
    }
}
