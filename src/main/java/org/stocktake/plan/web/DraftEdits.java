package org.stocktake.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;
import org.stocktake.plan.PlanDocument;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Problem;

/**
 * What the person did on the draft page, applied to the draft: targets kept or deleted, a value,
 * unit or year corrected, new units mapped to the platform's units, passages selected in the text
 * added as goals, the plan's code and title.
 */
final class DraftEdits {

    private DraftEdits() {}

    static PlanDocument apply(PlanDocument draft, MultiValueMap<String, String> form, List<PlanDocument.Unit> known) {
        Set<String> kept = Set.copyOf(form.getOrDefault("target", List.of()));
        List<PlanDocument.Target> targets = new ArrayList<>();
        for (PlanDocument.Target t : draft.targets()) {
            if (kept.contains(t.code())) {
                targets.add(corrected(t, form));
            }
        }
        int added = 0;
        String article =
                draft.articles().isEmpty() ? null : draft.articles().get(0).code();
        for (String line : form.getFirst("added") == null
                ? new String[0]
                : form.getFirst("added").split("\n")) {
            String quote = line.strip();
            if (!quote.isEmpty() && article != null) {
                String code = "T-ADDED-" + ++added;
                targets.add(new PlanDocument.Target(
                        code,
                        articleOf(draft, quote, article),
                        new LocalizedText(quote, null),
                        org.stocktake.plan.TargetKind.QUALITATIVE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        draft.endYear(),
                        null,
                        draft.region(),
                        quote,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of()));
            }
        }
        Map<String, String> mapped = new LinkedHashMap<>();
        for (PlanDocument.Unit u : draft.units()) {
            String to = form.getFirst("map." + u.code());
            if (to != null && !to.isBlank()) {
                mapped.put(u.code(), to);
            }
        }
        Map<String, PlanDocument.Unit> units = new LinkedHashMap<>();
        for (PlanDocument.Unit u : draft.units()) {
            if (!mapped.containsKey(u.code())) {
                units.put(u.code(), u);
            }
        }
        for (String code : mapped.values()) {
            known.stream().filter(k -> k.code().equals(code)).findFirst().ifPresent(k -> units.putIfAbsent(code, k));
        }
        Set<String> targetCodes =
                targets.stream().map(PlanDocument.Target::code).collect(Collectors.toSet());
        List<PlanDocument.Task> tasks = new ArrayList<>();
        for (PlanDocument.Task k : draft.tasks()) {
            String lead = k.lead() == null ? null : mapped.getOrDefault(k.lead(), k.lead());
            List<String> co = k.coUnits().stream()
                    .map(c -> mapped.getOrDefault(c, c))
                    .distinct()
                    .filter(c -> !c.equals(lead))
                    .toList();
            tasks.add(new PlanDocument.Task(
                    k.code(),
                    k.article(),
                    k.title(),
                    lead,
                    co,
                    k.deadline(),
                    k.cycle(),
                    k.deliverable(),
                    k.targets().stream().filter(targetCodes::contains).toList()));
        }
        String code = text(form, "code", draft.code());
        LocalizedText title =
                new LocalizedText(text(form, "title", draft.title().zh()), null);
        return new PlanDocument(
                draft.format(),
                code,
                title,
                draft.issuer(),
                draft.adopted(),
                draft.startYear(),
                draft.endYear(),
                draft.region(),
                draft.source(),
                draft.preamble(),
                List.copyOf(units.values()),
                draft.regionGroups(),
                draft.indicators(),
                draft.parts(),
                targets,
                tasks);
    }

    private static PlanDocument.Target corrected(PlanDocument.Target t, MultiValueMap<String, String> form) {
        BigDecimal value = t.value();
        String v = form.getFirst("value." + t.code());
        if (v != null && !v.isBlank() && value != null) {
            try {
                value = new BigDecimal(v.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(
                        t.code(), List.of(Problem.of(t.quote(), "draft.not-a-number", v.strip())));
            }
        }
        String unit = t.unit() != null ? text(form, "unit." + t.code(), t.unit()) : null;
        String year = form.getFirst("year." + t.code());
        int targetYear = year(year, t.targetYear());
        return new PlanDocument.Target(
                t.code(),
                t.article(),
                t.title(),
                t.kind(),
                t.indicator(),
                t.comparator(),
                value,
                unit,
                t.baseline(),
                targetYear,
                t.attribute(),
                t.scope(),
                t.quote(),
                t.direction(),
                t.eachYear(),
                t.referenceIndicator(),
                t.tolerance(),
                t.peers(),
                t.rankWithin(),
                t.note(),
                t.revisions());
    }

    /** A year typed in the form, else the one the draft had. */
    private static int year(String typed, int otherwise) {
        try {
            int y = typed == null ? otherwise : Integer.parseInt(typed.strip());
            return y >= 1949 && y <= 2100 ? y : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The article whose text holds the quote, else the first. */
    private static String articleOf(PlanDocument draft, String quote, String first) {
        return draft.articles().stream()
                .filter(a -> a.text().contains(quote))
                .map(PlanDocument.Article::code)
                .findFirst()
                .orElse(first);
    }

    private static String text(MultiValueMap<String, String> form, String key, String otherwise) {
        String v = form.getFirst(key);
        return v == null || v.isBlank() ? otherwise : v.strip();
    }
}
