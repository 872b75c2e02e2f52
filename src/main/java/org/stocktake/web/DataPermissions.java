package org.stocktake.web;

import java.security.Principal;
import java.util.Collection;
import org.springframework.stereotype.Component;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.Role;

/**
 * Who may write data: a coordinator for any region; a liaison or a head only for the regions
 * they cover. Approving or returning a value needs a head of the region or a coordinator; loading
 * values as already approved needs a coordinator.
 */
@Component
class DataPermissions {

    private final Callers callers;

    DataPermissions(Callers callers) {
        this.callers = callers;
    }

    Actor writer(Principal principal, Collection<String> regions) {
        Actor actor = callers.of(principal);
        regions.forEach(region -> require(actor, region, "写入区划 " + region + " 的数据", "write data for region " + region,
                Role.LIAISON, Role.HEAD));
        return actor;
    }

    Actor approver(Principal principal, String region) {
        Actor actor = callers.of(principal);
        require(actor, region, "审核区划 " + region + " 的数据", "approve data for region " + region, Role.HEAD);
        return actor;
    }

    Actor coordinator(Principal principal) {
        Actor actor = callers.of(principal);
        if (!actor.is(Role.COORDINATOR)) {
            throw new NotPermittedException(actor, "直接以已批准状态导入数据", "import values as already approved");
        }
        return actor;
    }

    private static void require(Actor actor, String region, String zh, String en, Role... roles) {
        if (!actor.is(Role.COORDINATOR) && !(actor.is(roles) && actor.coversRegion(region))) {
            throw new NotPermittedException(actor, zh, en);
        }
    }
}
