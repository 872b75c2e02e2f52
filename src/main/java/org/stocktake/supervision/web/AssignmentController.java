package org.stocktake.supervision.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.accounts.Callers;
import org.stocktake.platform.ParameterErrors;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;
import org.stocktake.supervision.Assignment;
import org.stocktake.supervision.Cycle;
import org.stocktake.supervision.TaskService;

/**
 * The coordinator's assignment forms: one task on its page (lead unit, co-units, deadline or
 * reporting cycle, milestones), several tasks at once on the board (lead unit and deadline). Bad
 * input is answered 400 with a page naming the field; a caller who may not assign, 403 in words.
 */
@Controller
class AssignmentController {

    private final TaskService tasks;
    private final Callers callers;

    AssignmentController(TaskService tasks, Callers callers) {
        this.tasks = tasks;
        this.callers = callers;
    }

    @PostMapping("/tasks/{id}/assign")
    String assign(
            Principal p,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) String lead,
            @RequestParam(required = false) List<String> coUnits,
            @RequestParam(required = false) String deadline,
            @RequestParam(required = false) String cycle,
            @RequestParam(required = false) Integer dueDay,
            @RequestParam(required = false) List<String> milestoneQuarter,
            @RequestParam(required = false) List<String> milestoneText,
            RedirectAttributes redirect) {
        Assignment assignment = new Assignment(
                ParameterErrors.required("lead", ParameterErrors.blank(lead)),
                coUnits == null
                        ? List.of()
                        : coUnits.stream().filter(u -> !u.isBlank()).toList(),
                ParameterErrors.date("deadline", deadline),
                ParameterErrors.required("cycle", ParameterErrors.choice("cycle", cycle, Cycle.class)),
                ParameterErrors.required("dueDay", dueDay),
                milestones(milestoneQuarter, milestoneText));
        tasks.assign(callers.of(p), id, version, assignment);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/assign")
    String assignAll(
            Principal p,
            @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) String lead,
            @RequestParam(required = false) String deadline,
            RedirectAttributes redirect) {
        tasks.assignAll(
                callers.of(p),
                ids == null ? List.of() : ids,
                ParameterErrors.required("lead", ParameterErrors.blank(lead)),
                ParameterErrors.date("deadline", deadline));
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/tasks";
    }

    /** The milestone rows of the form: a quarter and its text each; rows with no text are dropped. */
    private static Map<String, String> milestones(List<String> quarters, List<String> texts) {
        List<String> q = quarters == null ? List.of() : quarters;
        List<String> t = texts == null ? List.of() : texts;
        Map<String, String> out = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < Math.max(q.size(), t.size()); i++) {
            String quarter = i < q.size() ? ParameterErrors.blank(q.get(i)) : null;
            String text = i < t.size() ? ParameterErrors.blank(t.get(i)) : null;
            if (text == null) {
                continue;
            }
            if (quarter == null) {
                problems.add(Problem.of("milestoneQuarter", "tasks.assign.quarter-missing", text));
            } else if (out.putIfAbsent(quarter, text.trim()) != null) {
                problems.add(
                        Problem.of("milestoneQuarter", "tasks.assign.quarter-twice", Assignment.quarterName(quarter)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("milestones", problems);
        }
        return out;
    }
}
