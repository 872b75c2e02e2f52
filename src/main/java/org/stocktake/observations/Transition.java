package org.stocktake.observations;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;

/** The guarded steps of the approval workflow; a refused step names the state the value is in. */
enum Transition {
    SUBMIT("提交", "submitted", Set.of(Status.DRAFT, Status.RETURNED), Status.SUBMITTED),
    APPROVE("批准", "approved", Set.of(Status.SUBMITTED), Status.APPROVED),
    RETURN("退回", "returned", Set.of(Status.SUBMITTED), Status.RETURNED);

    private final String zh;
    private final String en;
    private final Set<Status> from;
    private final Status to;

    Transition(String zh, String en, Set<Status> from, Status to) {
        this.zh = zh;
        this.en = en;
        this.from = from;
        this.to = to;
    }

    /** The status after this step, or a refusal naming the current state and the allowed ones. */
    Status apply(ObservationKey key, Status current, String reason) {
        if (!from.contains(current)) {
            String allowed = from.stream().sorted().map(Status::label).collect(Collectors.joining("、"));
            throw refused(key, "观测值 " + key + " 当前状态为" + current.label() + "，只有" + allowed + "的值可以" + zh,
                    "the value " + key + " is " + current.code() + "; only a value that is "
                            + from.stream().sorted().map(Status::code).collect(Collectors.joining(" or "))
                            + " can be " + en);
        }
        if (this == RETURN && (reason == null || reason.isBlank())) {
            throw refused(key, "退回须说明理由", "a returned value needs a reason");
        }
        return to;
    }

    static InvalidInputException refused(ObservationKey key, String zh, String en) {
        return new InvalidInputException(key.toString(), List.of(new Problem(key.toString(), zh, en)));
    }
}
