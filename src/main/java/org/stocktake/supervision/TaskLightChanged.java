package org.stocktake.supervision;

import java.util.List;

/**
 * Published inside the transaction that turned a task's light from one colour to another: the
 * task, its plan and the plan targets it is linked to. Closing a task out
 * (销号) turns it {@link Light#BLUE}, so this is also the news that a task closed. Qualitative
 * targets are judged from these lights, so the verdicts hear it; the cockpit's read models too.
 */
public record TaskLightChanged(long task, String plan, String code, List<String> targets, Light from, Light to) {

    public TaskLightChanged {
        targets = List.copyOf(targets);
    }
}
