package org.stocktake.households.rules;

import static org.stocktake.households.rules.MeasureType.COMPULSORY_EDUCATION;
import static org.stocktake.households.rules.MeasureType.EDUCATION;
import static org.stocktake.households.rules.MeasureType.EMPLOYMENT;
import static org.stocktake.households.rules.MeasureType.HEALTH;
import static org.stocktake.households.rules.MeasureType.HOUSING;
import static org.stocktake.households.rules.MeasureType.RELOCATION;
import static org.stocktake.households.rules.MeasureType.SAFETY_NET;
import static org.stocktake.households.rules.MeasureType.SOCIAL;
import static org.stocktake.households.rules.MeasureType.WATER;

import java.util.EnumSet;
import java.util.Set;

/**
 * 致贫/返贫风险 types, each with the measures that answer it (the consistency rule "a risk needs a
 * matching measure"), and whether it is a large rigid expenditure (刚性支出) that must be resolved
 * before removal.
 */
public enum RiskType {
    /** 因病. */
    ILLNESS(true, HEALTH, SOCIAL, SAFETY_NET),
    /** 因残. */
    DISABILITY(false, HEALTH, EMPLOYMENT, SOCIAL, SAFETY_NET),
    /** 因学. */
    SCHOOLING(true, EDUCATION, COMPULSORY_EDUCATION),
    /** 因自然灾害 (with sub-items: 洪涝, 干旱, 地质灾害, 其他). */
    DISASTER(true, HOUSING, RELOCATION, SOCIAL, SAFETY_NET),
    /** 因意外事故. */
    ACCIDENT(true, HEALTH, SOCIAL, SAFETY_NET),
    /** 因产业项目失败. */
    INDUSTRY(false, EMPLOYMENT, SOCIAL),
    /** 因务工就业不稳. */
    UNSTABLE_WORK(false, EMPLOYMENT),
    /** 缺劳动力. */
    LABOUR_SHORTAGE(false, EMPLOYMENT, SOCIAL, SAFETY_NET),
    /** 因安全饮水. */
    WATER_SAFETY(false, WATER),
    /** 因住房安全. */
    HOUSING_SAFETY(false, HOUSING, RELOCATION),
    /** 其他: any measure answers it. */
    OTHER(false, MeasureType.values());

    private final boolean rigidExpenditure;

    @SuppressWarnings("ImmutableEnumChecker") // never modified after construction, never handed out
    private final Set<MeasureType> answeredBy;

    RiskType(boolean rigidExpenditure, MeasureType... answeredBy) {
        this.rigidExpenditure = rigidExpenditure;
        this.answeredBy = java.util.Collections.unmodifiableSet(EnumSet.of(answeredBy[0], answeredBy));
    }

    public boolean rigidExpenditure() {
        return rigidExpenditure;
    }

    public boolean answeredBy(MeasureType measure) {
        return answeredBy.contains(measure);
    }

    public String code() {
        return Codes.of(this);
    }

    public static RiskType of(String code) {
        return Codes.parse(RiskType.class, code);
    }

    /** Natural-disaster sub-items (因自然灾害), as codes. */
    public static final Set<String> DISASTER_SUB_ITEMS = Set.of("flood", "drought", "geological", "other");
}
