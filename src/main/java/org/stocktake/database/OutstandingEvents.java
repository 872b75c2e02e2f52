package org.stocktake.database;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Delivers again, once the process has started, the event publications that an earlier process
 * left incomplete (it was killed, or stopped before its listeners were done): only those published
 * before this process started, never one of its own that a listener is working on right now (the
 * first start's data set announces its plan while the context is still starting). Only a process
 * that holds the data directory alone does this ({@code stocktake.events.resubmit-on-start}, set
 * by the command line), never a reader sharing the database with a running server.
 */
@Component
class OutstandingEvents {

    private static final Logger log = LoggerFactory.getLogger(OutstandingEvents.class);

    private final ObjectProvider<IncompleteEventPublications> publications;
    private final boolean enabled;

    OutstandingEvents(
            ObjectProvider<IncompleteEventPublications> publications,
            @Value("${stocktake.events.resubmit-on-start:false}") boolean enabled) {
        this.publications = publications;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resubmit() {
        IncompleteEventPublications incomplete = publications.getIfAvailable();
        if (!enabled || incomplete == null) {
            return;
        }
        Instant started =
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        incomplete.resubmitIncompletePublications(p -> {
            boolean earlier = p.getPublicationDate().isBefore(started);
            if (earlier) {
                log.info(
                        "继续上次未完成的后续处理 / delivering again what a listener left unfinished: {} of {}",
                        p.getEvent().getClass().getSimpleName(),
                        p.getPublicationDate());
            }
            return earlier;
        });
    }
}
