package org.stocktake.households.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.stocktake.households.rules.Household.Employment;
import org.stocktake.households.rules.Household.Income;
import org.stocktake.households.rules.Household.IncomeKind;
import org.stocktake.households.rules.Household.LabourSkill;
import org.stocktake.households.rules.Household.Measure;
import org.stocktake.households.rules.Household.Member;
import org.stocktake.households.rules.Household.Risk;
import org.stocktake.households.rules.Household.Schooling;

/**
 * Hand-worked households for the rule tables. The base household: province 43, three insured
 * members (sample ID numbers with the unassigned prefix 4399), identified 2024-10-01, 就业帮扶 from
 * 2024-11-01 against its one risk 因务工就业不稳, housing and water safe, and wages of 2,400 yuan a
 * month from April 2024 to August 2025: 28,800 yuan a year, 9,600 yuan per person.
 */
final class Households {

    static final String A = "439901199001010011";
    static final String B = "439901201006150021";
    static final String C = "11010519491231002X";

    String province = "43";
    LocalDate identified = LocalDate.of(2024, 10, 1);
    LocalDate cleared;
    boolean safetyNet;
    boolean housing = true;
    boolean water = true;
    final List<Member> members = new ArrayList<>(List.of(
            new Member(A, LabourSkill.ORDINARY, Schooling.NONE, true, true),
            new Member(B, LabourSkill.NONE, Schooling.COMPULSORY, true, true),
            new Member(C, LabourSkill.LOST, Schooling.NONE, true, false)));
    final List<Income> incomes = new ArrayList<>();
    final List<Risk> risks =
            new ArrayList<>(List.of(new Risk(RiskType.UNSTABLE_WORK, null, LocalDate.of(2024, 9, 1), null)));
    final List<Measure> measures =
            new ArrayList<>(List.of(new Measure(MeasureType.EMPLOYMENT, LocalDate.of(2024, 11, 1), null)));
    final List<Employment> employment = new ArrayList<>();

    Households() {
        wages(YearMonth.of(2024, 4), YearMonth.of(2025, 8), 240_000);
    }

    Households wages(YearMonth from, YearMonth to, long fen) {
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            incomes.add(new Income(IncomeKind.WAGE, m, fen));
        }
        return this;
    }

    Household build() {
        return new Household(
                "H1",
                province,
                Category.EDGE,
                identified,
                cleared,
                safetyNet,
                housing,
                water,
                members,
                incomes,
                risks,
                measures,
                employment);
    }
}
