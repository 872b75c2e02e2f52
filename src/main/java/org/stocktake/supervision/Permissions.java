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
        CREATE_TASK("创建任务", "create tasks"),
        ASSIGN_LEAD("分配牵头单位", "assign lead units"),
        IMPORT_TASKS("导入任务分工表", "import the division of labour"),
        CONFIGURE_RULES("配置预警规则", "configure warning rules"),
        EDIT_TASK("修改任务", "edit this task"),
        SUBMIT_UPDATE("报送进展", "report progress on this task"),
        APPROVE_UPDATE("审核本单位报送", "approve this unit's submission"),
        REVIEW_UPDATE("审核进展", "review progress reports"),
        ISSUE_RECORD("发出督办", "issue supervision records"),
        RESPOND_RECORD("回复督办", "respond to this supervision record"),
        REQUEST_EXTENSION("申请延期", "request an extension of this task"),
        DECIDE_EXTENSION("审批延期", "decide extension requests"),
        CLAIM_COMPLETION("申报完成", "claim completion of this task"),
        REVIEW_COMPLETION("审核销号", "review completion claims"),
        READ_TASK("查看任务", "see this task");

        final String zh;
        final String en;

        Operation(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    private Permissions() {
    }

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
            throw new NotPermittedException(actor, op.zh + what, op.en + what);
        }
    }

    static void require(Actor actor, Operation op, Task task) {
        require(actor, op, task, null);
    }

    static void require(Actor actor, Operation op) {
        require(actor, op, null, null);
    }
}
