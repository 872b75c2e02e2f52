package org.stocktake.enclaves.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.accounts.Callers;
import org.stocktake.enclaves.EnclaveService;
import org.stocktake.enclaves.View;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;

/** The ledger in JSON (login required); the assessment view carries its not-for-publication notice. */
@RestController
@RequestMapping("/api/v1/enclaves")
class EnclaveApiController {

    private final EnclaveService enclaves;
    private final Callers callers;

    EnclaveApiController(EnclaveService enclaves, Callers callers) {
        this.enclaves = enclaves;
        this.callers = callers;
    }

    /** A ledger line: region, indicator, year and the figure in the view asked for. */
    record LineJson(String region, String indicator, int year, Double value) {}

    /** The ledger: its view, whether it may be published (and the notice when not), its lines. */
    record LedgerJson(String view, boolean publishable, String notice, List<LineJson> lines) {}

    @GetMapping("/ledger")
    LedgerJson ledger(
            Principal p,
            Locale locale,
            @RequestParam int year,
            @RequestParam(defaultValue = "statistical") String view) {
        View chosen = View.of(view)
                .orElseThrow(() ->
                        new InvalidInputException("view", List.of(Problem.of("view", "enclaves.no-such-view", view))));
        EnclaveService.LedgerView ledger = enclaves.ledger(callers.of(p), year, chosen);
        return new LedgerJson(
                chosen.code(),
                !ledger.notForPublication(),
                ledger.notForPublication() ? Messages.get(locale, "enclaves.not-for-publication") : null,
                ledger.lines().stream()
                        .map(l -> new LineJson(l.region(), l.indicator(), l.year(), l.value(chosen)))
                        .toList());
    }
}
