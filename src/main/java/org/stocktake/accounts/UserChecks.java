package org.stocktake.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.stocktake.shared.Problem;

/** Checks on units and users before anything is stored; each problem names where it is. */
final class UserChecks {

    private UserChecks() {
    }

    static List<Problem> unit(String where, OrgUnit unit) {
        List<Problem> problems = new ArrayList<>();
        if (unit.code() == null || !unit.code().matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            problems.add(new Problem(where, "单位代码只能含字母、数字、_ . -", "a unit code has letters, digits, _ . - only"));
        }
        if (!OrgUnit.KINDS.contains(unit.kind())) {
            problems.add(new Problem(where, "单位类型应为 " + OrgUnit.KINDS, "a unit kind is one of " + OrgUnit.KINDS));
        }
        if (unit.region() == null || !unit.region().matches("\\d{6}")) {
            problems.add(new Problem(where, "区划代码应为6位数字", "a region code has 6 digits"));
        }
        return problems;
    }

    static List<Problem> user(String where, NewUser user, Predicate<String> unitExists, Predicate<String> userExists) {
        List<Problem> problems = new ArrayList<>();
        if (user.username() == null || !user.username().matches("[A-Za-z0-9][A-Za-z0-9_.@-]{1,63}")) {
            problems.add(new Problem(where, "用户名只能含字母、数字、_ . @ -", "a username has letters, digits, _ . @ - only"));
        } else if (userExists.test(user.username())) {
            problems.add(new Problem(where, "用户名已存在", "the username is taken"));
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            problems.add(new Problem(where, "缺少姓名", "the name is missing"));
        }
        if (user.role() == null) {
            problems.add(new Problem(where, "缺少角色", "the role is missing"));
        } else if (user.role().unitBound() && (user.unit() == null || !unitExists.test(user.unit()))) {
            problems.add(new Problem(where, "联络员和单位负责人须属于已有单位", "a liaison or head belongs to an existing unit"));
        }
        problems.addAll(PasswordPolicy.problems(where, user.username(), user.password()));
        if (user.email() != null && !user.email().isBlank() && !user.email().matches("[^@\\s]+@[^@\\s]+")) {
            problems.add(new Problem(where, "邮箱格式不对", "the e-mail address is malformed"));
        }
        return problems;
    }
}
