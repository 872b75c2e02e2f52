package org.stocktake.notifications.web;

import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.accounts.Callers;
import org.stocktake.notifications.InboxMessage;
import org.stocktake.notifications.InboxService;

/** The caller's inbox in JSON. */
@RestController
@RequestMapping("/api/v1")
class InboxApiController {

    private final InboxService inbox;
    private final Callers callers;

    InboxApiController(InboxService inbox, Callers callers) {
        this.inbox = inbox;
        this.callers = callers;
    }

    @GetMapping("/inbox")
    List<InboxMessage> inbox(Principal p) {
        return inbox.inbox(callers.of(p));
    }

    @PostMapping("/inbox/{id}/read")
    ResponseEntity<Void> markRead(Principal p, @PathVariable long id) {
        inbox.markRead(callers.of(p), id);
        return ResponseEntity.noContent().build();
    }
}
