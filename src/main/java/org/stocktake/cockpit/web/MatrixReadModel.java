package org.stocktake.cockpit.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.stereotype.Component;
import org.stocktake.assessment.Ranks;
import org.stocktake.assessment.VerdictClass;
import org.stocktake.assessment.VerdictScore;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.TargetKind;
import org.stocktake.regions.Region;
import org.stocktake.verdicts.RegionVerdict;

/**
 * The region × target verdict matrix, the prefectures' verdict scores and the choice of targets
 * for the verdict map, from the stored verdicts; built once per plan and kept until the data
 * change. Computes no verdict.
 */
@Component
class MatrixReadModel {

    private final ReadSources sources;

    MatrixReadModel(ReadSources sources) {
        this.sources = sources;
    }

    VerdictMatrix matrix(String planCode) {
        PlanDocument plan = sources.plan(planCode);
        return sources.cache().get("matrix|" + plan.code(), () -> build(plan));
    }

    /** A quantitative target of the plan judged in at least one prefecture, or null. */
    PlanDocument.Target judgedTarget(String planCode, String code) {
        VerdictMatrix m = matrix(planCode);
        boolean judged = m.columns().stream().anyMatch(c -> c.code().equals(code));
        return judged
                ? sources.plan(planCode).targets().stream()
                        .filter(t -> t.code().equals(code))
                        .findFirst()
                        .orElse(null)
                : null;
    }

    private VerdictMatrix build(PlanDocument plan) {
        List<Region> prefectures = sources.prefectures();
        List<VerdictMatrix.Column> columns = new ArrayList<>();
        List<VerdictMatrix.Column> unjudged = new ArrayList<>();
        List<Map<String, RegionVerdict>> byColumn = new ArrayList<>();
        List<PlanDocument.Target> targets = new ArrayList<>();
        for (PlanDocument.Target t : plan.targets()) {
            if (t.kind() == TargetKind.QUALITATIVE || t.indicator() == null) {
                continue;
            }
            Map<String, RegionVerdict> verdicts = sources.targetVerdicts(plan.code(), t.code());
            VerdictMatrix.Column column = new VerdictMatrix.Column(t.code(), t.title());
            if (prefectures.stream().anyMatch(r -> verdicts.containsKey(r.code()))) {
                columns.add(column);
                byColumn.add(verdicts);
                targets.add(t);
            } else {
                unjudged.add(column);
            }
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, List<RegionVerdictView>> cells = new LinkedHashMap<>();
        Map<String, Integer> counted = new LinkedHashMap<>();
        boolean example = false;
        for (Region r : prefectures) {
            List<RegionVerdictView> row = new ArrayList<>();
            List<VerdictClass> classes = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                RegionVerdict v = byColumn.get(c).get(r.code());
                row.add(v == null ? null : RegionVerdictView.of(v, targets.get(c)));
                if (v != null) {
                    classes.add(v.verdict().verdict().verdictClass());
                    example |= v.example();
                }
            }
            cells.put(r.code(), row);
            OptionalDouble score = VerdictScore.mean(classes);
            scores.put(r.code(), score.isPresent() ? score.getAsDouble() : null);
            counted.put(r.code(), VerdictScore.counted(classes));
        }
        Map<String, Integer> ranks = Ranks.of(scores, true);
        List<VerdictMatrix.Row> rows = prefectures.stream()
                .map(r -> new VerdictMatrix.Row(
                        r.code(),
                        r.name(),
                        java.util.Collections.unmodifiableList(cells.get(r.code())),
                        scores.get(r.code()),
                        counted.get(r.code()),
                        ranks.get(r.code()),
                        Ranks.tied(ranks, r.code())))
                .toList();
        return new VerdictMatrix(plan.code(), plan.title(), columns, rows, unjudged, example);
    }
}
