package org.stocktake.supervision.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.stocktake.accounts.Actor;
import org.stocktake.supervision.Cycle;
import org.stocktake.supervision.ProgressService;
import org.stocktake.supervision.Task;
import org.stocktake.supervision.Update;

/**
 * What the progress-report part of the task page needs ({@code ${@progressView...}}): periods in
 * words, the periods a report may be filed for, each report's current version and earlier ones,
 * and which buttons a person is shown (the head approves or returns a submission; the coordinator
 * accepts or returns; the unit revises a returned report).
 */
@Component("progressView")
class ProgressView {

    /**
     * A period a report may be filed for: its key, in words, whether it is the current one, and
     * whether it is the one due now (chosen unless the person chooses another).
     */
    record PeriodOption(String key, String label, boolean current, boolean due) {}

    private final ProgressService progress;

    ProgressView(ProgressService progress) {
        this.progress = progress;
    }

    public String period(String key, Locale locale) {
        return Cycle.label(key, locale);
    }

    /** The periods the person may report for on the task, the current one first. */
    public List<PeriodOption> periods(Task task, Actor actor, Locale locale) {
        List<Cycle.ReportingPeriod> periods = progress.reportablePeriods(actor, task.id());
        String due = progress.duePeriod(actor, task.id());
        List<PeriodOption> options = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            String key = periods.get(i).key();
            options.add(new PeriodOption(key, Cycle.label(key, locale), i == 0, key.equals(due)));
        }
        return options;
    }

    /** The reports no later version replaces, in the order given. */
    public List<Update> current(List<Update> updates) {
        Set<Long> replaced = updates.stream()
                .map(Update::supersedes)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return updates.stream().filter(u -> !replaced.contains(u.id())).toList();
    }

    /** The versions a report replaces, the latest first. */
    public List<Update> history(List<Update> updates, Update report) {
        List<Update> earlier = new ArrayList<>();
        Long previous = report.supersedes();
        while (previous != null) {
            long id = previous;
            Update u = updates.stream().filter(x -> x.id() == id).findFirst().orElse(null);
            if (u == null) {
                break;
            }
            earlier.add(u);
            previous = u.supersedes();
        }
        return earlier;
    }

    /** The head of the report's unit, not its author, while it waits for approval. */
    public boolean approves(Update u, Actor actor) {
        return progress.mayApprove(actor, u);
    }

    /** A coordinator, not its author, while it is submitted or approved. */
    public boolean reviews(Update u, Actor actor) {
        return progress.mayReview(actor, u);
    }

    /** A liaison or head of the report's unit, once it is returned (and not yet resubmitted). */
    public boolean revises(Update u, Actor actor) {
        return progress.mayRevise(actor, u);
    }
}
