package org.stocktake.supervision;

import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.Role;

/**
 * Who may do what to a task. A coordinator acts on everything; a leader issues supervision records;
 * a liaison or head acts only on tasks their unit leads or shares, and only a head approves the
 * unit's submissions; a viewer and an administrator change no task.
 */
final class Permissions {

    enum Operation {
        CREATE_TASK,
        ASSIGN_LEAD,
        IMPORT_TASKS,
        CONFIGURE_RULES,
        EDIT_TASK,
        SUBMIT_UPDATE,
        APPROVE_UPDATE,
        REVIEW_UPDATE,
        ISSUE_RECORD,
        RESPOND_RECORD,
        REQUEST_EXTENSION,
        DECIDE_EXTENSION,
        CLAIM_COMPLETION,
        REVIEW_COMPLETION,
        READ_TASK;

        /** What the operation is, in the bundles ({@code refused.op.create_task}). */
        String key() {
            return "refused.op." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private Permissions() {}

    /** Whether the actor may do the operation on a task of (or for) the given unit. */
    static boolean allowed(Actor actor, Operation op, Task task, String unit) {
        if (actor.is(Role.COORDINATOR)) {
            return true;
        }
        boolean own = unit != null ? actor.inUnit(unit) : task != null && task.involves(actor.unit());
        boolean leads = task != null && actor.inUnit(task.lead());
        boolean unitRole = actor.is(Role.LIAISON, Role.HEAD);
        return switch (op) {
            case READ_TASK -> actor.seesAllUnits() || own;
            case ISSUE_RECORD -> actor.is(Role.LEADER);
            case SUBMIT_UPDATE, RESPOND_RECORD -> unitRole && own;
            case EDIT_TASK, REQUEST_EXTENSION, CLAIM_COMPLETION -> unitRole && leads;
            case APPROVE_UPDATE -> actor.is(Role.HEAD) && own;
            default -> false;
        };
    }

    static void require(Actor actor, Operation op, Task task, String unit) {
        if (!allowed(actor, op, task, unit)) {
            String what = task == null ? "" : " " + task.code();
            throw new NotPermittedException(actor, op.key(), what);
        }
    }

    static void require(Actor actor, Operation op, Task task) {
        require(actor, op, task, null);
    }

    static void require(Actor actor, Operation op) {
        require(actor, op, null, null);
    }
}
