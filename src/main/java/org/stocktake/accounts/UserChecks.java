package org.stocktake.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.stocktake.shared.Problem;

/** Checks on units and users before anything is stored; each problem names where it is. */
final class UserChecks {

    private UserChecks() {}

    static List<Problem> unit(String where, OrgUnit unit) {
        List<Problem> problems = new ArrayList<>();
        if (unit.code() == null || !unit.code().matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            problems.add(Problem.of(where, "accounts.unit.code"));
        }
        if (!OrgUnit.KINDS.contains(unit.kind())) {
            problems.add(Problem.of(where, "accounts.unit.kind", OrgUnit.KINDS.toString()));
        }
        if (unit.region() == null || !unit.region().matches("\\d{6}")) {
            problems.add(Problem.of(where, "accounts.unit.region"));
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
