package org.stocktake.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.stocktake.shared.Problem;

/** Checks on units and users before anything is stored; each problem names where it is. */
final class UserChecks {

    private UserChecks() {}

    /** A unit's code, kind and region; the region must be one that {@code regionKnown} knows. */
    static List<Problem> unit(String where, OrgUnit unit, Predicate<String> regionKnown) {
        List<Problem> problems = new ArrayList<>();
        if (unit.code() == null || !unit.code().matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            problems.add(Problem.of(where, "accounts.unit.code"));
        }
        if (!OrgUnit.KINDS.contains(unit.kind())) {
            problems.add(Problem.of(where, "accounts.unit.kind", OrgUnit.KINDS.toString()));
        }
        if (unit.name() == null) {
            problems.add(Problem.of(where, "accounts.unit.name-missing"));
        }
        if (unit.region() == null || !unit.region().matches("\\d{6}")) {
            problems.add(Problem.of(where, "accounts.unit.region"));
        } else if (!regionKnown.test(unit.region())) {
            problems.add(Problem.of(where, "accounts.unit.region-unknown", unit.region()));
        }
        return problems;
    }

    /** An administrator's change to a user: a name, a role, the unit a unit-bound role needs, a well-formed e-mail. */
    static List<Problem> edit(String where, UserEdit edit, Predicate<String> unitExists) {
        List<Problem> problems = new ArrayList<>();
        if (edit.displayName() == null || edit.displayName().isBlank()) {
            problems.add(Problem.of(where, "accounts.user.name-missing"));
        }
        if (edit.role() == null) {
            problems.add(Problem.of(where, "accounts.user.role-missing"));
        } else if (edit.role().unitBound() && (edit.unit() == null || !unitExists.test(edit.unit()))) {
            problems.add(Problem.of(where, "accounts.user.unit"));
        }
        if (edit.email() != null && !edit.email().isBlank() && !edit.email().matches("[^@\\s]+@[^@\\s]+")) {
            problems.add(Problem.of(where, "accounts.user.email"));
        }
        return problems;
    }

    static List<Problem> user(String where, NewUser user, Predicate<String> unitExists, Predicate<String> userExists) {
        List<Problem> problems = new ArrayList<>();
        if (user.username() == null || !user.username().matches("[A-Za-z0-9][A-Za-z0-9_.@-]{1,63}")) {
            problems.add(Problem.of(where, "accounts.user.username"));
        } else if (userExists.test(user.username())) {
            problems.add(Problem.of(where, "accounts.user.taken"));
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            problems.add(Problem.of(where, "accounts.user.name-missing"));
        }
        if (user.role() == null) {
            problems.add(Problem.of(where, "accounts.user.role-missing"));
        } else if (user.role().unitBound() && (user.unit() == null || !unitExists.test(user.unit()))) {
            problems.add(Problem.of(where, "accounts.user.unit"));
        }
        problems.addAll(PasswordPolicy.problems(where, user.username(), user.password()));
        if (user.email() != null && !user.email().isBlank() && !user.email().matches("[^@\\s]+@[^@\\s]+")) {
            problems.add(Problem.of(where, "accounts.user.email"));
        }
        return problems;
    }
}
