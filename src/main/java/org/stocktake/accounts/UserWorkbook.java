package org.stocktake.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;

/**
 * Reads an administrator's workbook: sheet 单位 (代码, 名称, 英文名称, 类型, 区划代码) and sheet
 * 用户 (用户名, 姓名, 邮箱, 角色, 单位, 初始密码). Every row is checked; any problem refuses the whole file.
 */
final class UserWorkbook {

    record Contents(List<OrgUnit> units, List<NewUser> users) {}

    private static final DataFormatter FORMAT = new DataFormatter();

    private UserWorkbook() {}

    static Contents read(
            String source,
            InputStream in,
            Predicate<String> unitExists,
            Predicate<String> userExists,
            Predicate<String> regionKnown) {
        try (Workbook book = new XSSFWorkbook(in)) {
            List<Problem> problems = new ArrayList<>();
            List<OrgUnit> units = units(book.getSheet(Messages.zh("accounts.sheet.units")), problems, regionKnown);
            Set<String> newUnits = new HashSet<>();
            units.forEach(u -> newUnits.add(u.code()));
            List<NewUser> users = users(
                    book.getSheet(Messages.zh("accounts.sheet.users")),
                    problems,
                    unitExists.or(newUnits::contains),
                    userExists);
            if (units.isEmpty() && users.isEmpty() && problems.isEmpty()) {
                problems.add(Problem.of(source, "accounts.workbook.empty"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(source, problems);
            }
            return new Contents(units, users);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(source, List.of(Problem.of(source, "accounts.workbook.unreadable")));
        }
    }

    private static List<OrgUnit> units(Sheet sheet, List<Problem> problems, Predicate<String> regionKnown) {
        List<OrgUnit> units = new ArrayList<>();
        if (sheet == null) {
            return units;
        }
        for (Row row : sheet) {
            if (row.getRowNum() == 0 || blank(row)) {
                continue;
            }
            String where = Messages.zh("accounts.where.unit-row", row.getRowNum() + 1);
            String name = cell(row, 1);
            if (name.isEmpty()) {
                problems.add(
                        Problem.of(Messages.zh("accounts.where.column", where, "B"), "accounts.unit.name-missing"));
                continue;
            }
            OrgUnit unit = new OrgUnit(cell(row, 0), new LocalizedText(name, cell(row, 2)), cell(row, 3), cell(row, 4));
            List<Problem> found = UserChecks.unit(where, unit, regionKnown);
            problems.addAll(found);
            units.add(unit);
        }
        return units;
    }

    private static List<NewUser> users(
            Sheet sheet, List<Problem> problems, Predicate<String> unitExists, Predicate<String> userExists) {
        List<NewUser> users = new ArrayList<>();
        if (sheet == null) {
            return users;
        }
        Set<String> seen = new HashSet<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0 || blank(row)) {
                continue;
            }
            String where = Messages.zh("accounts.where.user-row", row.getRowNum() + 1);
            Role role = null;
            try {
                role = Role.of(cell(row, 3));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.of(
                        Messages.zh("accounts.where.column", where, "D"), "accounts.role.unknown", cell(row, 3)));
            }
            String unit = cell(row, 4);
            NewUser user = new NewUser(
                    cell(row, 0), cell(row, 1), cell(row, 2), role, unit.isEmpty() ? null : unit, cell(row, 5));
            problems.addAll(UserChecks.user(where, user, unitExists, u -> userExists.test(u) || seen.contains(u)));
            seen.add(user.username());
            users.add(user);
        }
        return users;
    }

    private static boolean blank(Row row) {
        for (int i = 0; i < 6; i++) {
            if (!cell(row, i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static String cell(Row row, int column) {
        return row.getCell(column) == null
                ? ""
                : FORMAT.formatCellValue(row.getCell(column)).trim();
    }
}
