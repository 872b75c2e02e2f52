/**
 * Verdicts: how far a target has come. Owns the calculators — one per target kind of the target
 * grammar (level, annual_growth, annual_increment, maintain, floor, ceiling, direction, parity, rank,
 * qualitative) — the three methods (time-proportional {@code schedule}, the Open SDG / Statistics
 * Canada {@code opensdg} progress measure, and a least-squares {@code trend} projection), and the
 * rules every kind shares ({@link org.stocktake.assessment.VerdictEngine}): final verdicts from the
 * target year on (已实现 / 未实现), the target in force for the caliber of the data (revisions,
 * 口径调整，无法直接比较), and series breaks (a verdict is computed on the comparable segment and says
 * so). The classes and rules are listed in {@code docs/verdicts.md}. It is
 * the one home of three rules every other module uses: ranking ({@link org.stocktake.assessment.Ranks}),
 * the least-squares trend ({@link org.stocktake.assessment.Trend}) and the baseline
 * ({@link org.stocktake.assessment.Baseline}).
 *
 * <p>Everything here is plain Java: no Spring beans, no SQL, no I/O, no clock. Inputs are this
 * package's own records ({@link org.stocktake.assessment.TargetSpec}, {@link org.stocktake.assessment.Series},
 * {@link org.stocktake.assessment.VerdictInput}); results are immutable {@link org.stocktake.assessment.Verdict}s.
 * It may use {@code shared} and must not depend on {@code plan}, {@code data}, {@code web} or {@code cli}:
 * callers translate their own records into these inputs.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "assessment",
        allowedDependencies = {"shared"})
package org.stocktake.assessment;
