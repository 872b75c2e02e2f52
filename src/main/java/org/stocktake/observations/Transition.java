package org.stocktake.observations;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;

/** The guarded steps of the approval workflow; a refused step names the state the value is in. */
enum Transition {
    SUBMIT(Set.of(Status.DRAFT, Status.RETURNED), Status.SUBMITTED),
    APPROVE(Set.of(Status.SUBMITTED), Status.APPROVED),
    RETURN(Set.of(Status.SUBMITTED), Status.RETURNED);

    @SuppressWarnings("ImmutableEnumChecker") // built with Set.of, which cannot be changed
    private final Set<Status> from;

    private final Status to;

    Transition(Set<Status> from, Status to) {
        this.from = from;
        this.to = to;
    }

    /** The status after this step, or a refusal naming the current state and the allowed ones. */
    Status apply(ObservationKey key, Status current, String reason) {
        if (!from.contains(current)) {
            String allowed = from.stream()
                    .sorted()
                    .map(Status::label)
                    .collect(Collectors.joining(Messages.zh("data.list.separator")));
            throw refused(
                    key,
                    "data.transition.refused",
                    key,
                    current.label(),
                    allowed,
                    LocalizedText.of("data.transition." + name().toLowerCase(java.util.Locale.ROOT)),
                    current.code(),
                    from.stream().sorted().map(Status::code).collect(Collectors.joining(" or ")));
        }
        if (this == RETURN && (reason == null || reason.isBlank())) {
            throw refused(key, "data.transition.reason");
        }
        return to;
    }

    static InvalidInputException refused(ObservationKey key, String messageKey, Object... args) {
        return new InvalidInputException(key.toString(), List.of(Problem.of(key.toString(), messageKey, args)));
    }
}
