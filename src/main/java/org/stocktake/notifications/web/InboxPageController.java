package org.stocktake.notifications.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.stocktake.accounts.Callers;
import org.stocktake.notifications.InboxService;

/** The inbox page: the caller's own messages, newest first; marking one read. */
@Controller
class InboxPageController {

    private final InboxService inbox;
    private final Callers callers;

    InboxPageController(InboxService inbox, Callers callers) {
        this.inbox = inbox;
        this.callers = callers;
    }

    @GetMapping("/inbox")
    String inbox(Principal p, Model model) {
        model.addAttribute("messages", inbox.inbox(callers.of(p)));
        return "inbox";
    }

    @PostMapping("/inbox/{id}/read")
    String markRead(Principal p, @PathVariable long id) {
        inbox.markRead(callers.of(p), id);
        return "redirect:/inbox";
    }
}
