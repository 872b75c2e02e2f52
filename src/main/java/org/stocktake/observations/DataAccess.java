package org.stocktake.observations;

import java.util.List;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.Role;

/**
 * Who may do what with observation data — the one home of this rule; every service of the data
 * module asks it before it reads unapproved values or writes. Approved values are public.
 * <ul>
 * <li>Writing (entry, submit, import as draft or submitted): a coordinator for any region; a liaison
 * or a head only for the regions they cover.</li>
 * <li>Approving or returning: a coordinator, or a head of the region; never the person who entered
 * or submitted the value (four eyes).</li>
 * <li>Loading values as already approved: a coordinator.</li>
 * <li>Confirming a class C value against an official page: whoever may approve the region's
 * values (a coordinator, or a head of the region).</li>
 * <li>Reading unapproved values (drafts, submitted and returned revisions, histories, the approval
 * queue, exports of current values): a coordinator or a leader for any region; a liaison or a head
 * for the regions they cover. Viewers, administrators and anonymous callers see approved values
 * only.</li>
 * </ul>
 */
final class DataAccess {

    private DataAccess() {}

    /** Writes data at all (for some region): checked before a file is read. */
    static void requireWriter(Actor actor) {
        if (!actor.is(Role.COORDINATOR, Role.LIAISON, Role.HEAD)) {
            throw new NotPermittedException(actor, "refused.write-data");
        }
    }

    static boolean mayWrite(Actor actor, String region) {
        return actor.is(Role.COORDINATOR) || (actor.is(Role.LIAISON, Role.HEAD) && actor.coversRegion(region));
    }

    static void requireWrite(Actor actor, String region) {
        if (!mayWrite(actor, region)) {
            throw new NotPermittedException(actor, "refused.write-region", region);
        }
    }

    static boolean mayApprove(Actor actor, String region) {
        return actor.is(Role.COORDINATOR) || (actor.is(Role.HEAD) && actor.coversRegion(region));
    }

    static void requireApprover(Actor actor, String region) {
        if (!mayApprove(actor, region)) {
            throw new NotPermittedException(actor, "refused.approve-region", region);
        }
    }

    static void requireConfirm(Actor actor, String region) {
        if (!(actor.is(Role.COORDINATOR) || (actor.is(Role.HEAD) && actor.coversRegion(region)))) {
            throw new NotPermittedException(actor, "refused.confirm-region", region);
        }
    }

    static void requireLoadApproved(Actor actor) {
        if (!actor.is(Role.COORDINATOR)) {
            throw new NotPermittedException(actor, "refused.load-approved");
        }
    }

    /** Whether the actor sees unapproved values (and histories) of the region. */
    static boolean mayReadUnapproved(Actor actor, String region) {
        return actor.is(Role.COORDINATOR, Role.LEADER)
                || (actor.is(Role.LIAISON, Role.HEAD) && actor.coversRegion(region));
    }

    static void requireReadUnapproved(Actor actor, String region) {
        if (!mayReadUnapproved(actor, region)) {
            throw new NotPermittedException(actor, "refused.read-unapproved-region", region);
        }
    }

    /** Sees unapproved values of some region: checked before a listing that is then filtered by region. */
    static void requireReadUnapproved(Actor actor) {
        if (!actor.is(Role.COORDINATOR, Role.LEADER, Role.LIAISON, Role.HEAD)) {
            throw new NotPermittedException(actor, "refused.read-unapproved");
        }
    }

    /**
     * Four eyes: nobody approves or returns a value they entered or submitted. {@code pending} is
     * the chain of revisions since the last approved one.
     */
    static void requireSecondPerson(Actor actor, ObservationKey key, List<Revision> pending) {
        for (Revision r : pending) {
            if ((r.status() == Status.DRAFT || r.status() == Status.SUBMITTED)
                    && actor.username().equals(r.changedBy())) {
                throw new NotPermittedException(actor, "refused.own-value", key);
            }
        }
    }
}
