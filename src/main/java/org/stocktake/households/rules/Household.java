package org.stocktake.households.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A monitored household as the rules see it. {@code clearedOn} is the date its risk was marked
 * cleared (null while monitored); {@code safetyNet} marks 整户无劳动能力兜底保障户; {@code housingSafe}
 * and {@code waterSafe} are the housing and drinking-water checks of the last visit.
 */
public record Household(
        String code,
        String province,
        Category category,
        LocalDate identifiedOn,
        LocalDate clearedOn,
        boolean safetyNet,
        boolean housingSafe,
        boolean waterSafe,
        List<Member> members,
        List<Income> incomes,
        List<Risk> risks,
        List<Measure> measures,
        List<Employment> employment) {

    public Household {
        members = List.copyOf(members);
        incomes = List.copyOf(incomes);
        risks = List.copyOf(risks);
        measures = List.copyOf(measures);
        employment = List.copyOf(employment);
    }

    public boolean cleared() {
        return clearedOn != null;
    }

    /** A member: identity number, 劳动技能, 在校生状况, basic medical insurance and 大病保险. */
    public record Member(
            String idNumber, LabourSkill skill, Schooling schooling, boolean medicalInsured, boolean illnessInsured) {}

    /** An income item of one month in fen (1/100 yuan); {@link IncomeKind#SELF_PAY} is subtracted. */
    public record Income(IncomeKind kind, YearMonth month, long fen) {}

    /** A risk with its natural-disaster sub-item (or null), the date it arose and the date it was resolved (or null). */
    public record Risk(RiskType type, String subItem, LocalDate since, LocalDate resolvedOn) {
        public boolean resolvedBy(LocalDate day) {
            return resolvedOn != null && !resolvedOn.isAfter(day);
        }
    }

    /** An assistance measure with its start and (optional) end. */
    public record Measure(MeasureType type, LocalDate start, LocalDate end) {}

    /** A 务工月监测 record: a stretch of work (start, optional end) with its channel and industry. */
    public record Employment(LocalDate start, LocalDate end, String channel, String industry) {}

    /** 劳动技能. */
    public enum LabourSkill {
        SKILLED,
        ORDINARY,
        LOST,
        NONE;

        public boolean canWork() {
            return this == SKILLED || this == ORDINARY;
        }

        public String code() {
            return Codes.of(this);
        }

        public static LabourSkill of(String code) {
            return Codes.parse(LabourSkill.class, code);
        }
    }

    /** 在校生状况. */
    public enum Schooling {
        NONE,
        PRESCHOOL,
        COMPULSORY,
        SENIOR,
        VOCATIONAL,
        HIGHER,
        DROPPED_OUT;

        public String code() {
            return Codes.of(this);
        }

        public static Schooling of(String code) {
            return Codes.parse(Schooling.class, code);
        }
    }

    /** Income items: 工资性, 经营性, 财产性, 转移性, and the 合规自付支出 subtracted from them. */
    public enum IncomeKind {
        WAGE,
        BUSINESS,
        PROPERTY,
        TRANSFER,
        SELF_PAY;

        public String code() {
            return Codes.of(this);
        }

        public static IncomeKind of(String code) {
            return Codes.parse(IncomeKind.class, code);
        }
    }
}
