package org.stocktake.plan;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.indicators.Indicator;
import org.stocktake.indicators.IndicatorService;
import org.stocktake.regions.Region;
import org.stocktake.regions.RegionGroup;
import org.stocktake.regions.RegionService;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;

/**
 * Plans in and out: validate a plan file, import it in one transaction (a plan with the same
 * code is replaced whole, so a failure or a crash leaves the old plan), export it again.
 */
@Service
public class PlanService {

    private final PlanRepository repository;
    private final RegionService regions;
    private final IndicatorService indicators;
    private final ApplicationEventPublisher events;
    private final Duration pausePerArticle;

    PlanService(
            PlanRepository repository,
            RegionService regions,
            IndicatorService indicators,
            ApplicationEventPublisher events,
            @Value("${stocktake.plan.import-pause:0ms}") Duration pausePerArticle) {
        this.repository = repository;
        this.regions = regions;
        this.indicators = indicators;
        this.events = events;
        this.pausePerArticle = pausePerArticle;
    }

    /** Checks a plan file without storing anything. */
    public PlanDocument validate(String source, String yaml) {
        return PlanFiles.read(source, yaml, references());
    }

    @Transactional
    public ImportedPlan importPlan(String source, String yaml) {
        PlanDocument plan = validate(source, yaml);
        int revision = repository.revision(plan.code()) + 1;
        repository.delete(plan.code());
        for (PlanDocument.Indicator i : plan.indicators()) {
            indicators.define(new Indicator(i.code(), i.name(), i.unit(), i.polarity(), i.description()));
        }
        regions.replaceGroups(
                plan.code(),
                plan.regionGroups().stream()
                        .map(g -> new RegionGroup(g.code(), g.name(), g.kind(), g.members()))
                        .toList());
        repository.insertHeader(plan, revision);
        store(plan);
        events.publishEvent(new PlanImported(plan.code(), revision));
        return new ImportedPlan(
                plan.code(),
                revision,
                plan.articles().size(),
                plan.targets().size(),
                plan.tasks().size());
    }

    private void store(PlanDocument plan) {
        String code = plan.code();
        for (int i = 0; i < plan.indicators().size(); i++) {
            repository.insertIndicator(code, i, plan.indicators().get(i).code());
        }
        int seq = 0;
        for (int p = 0; p < plan.parts().size(); p++) {
            PlanDocument.Part part = plan.parts().get(p);
            repository.insertPart(code, p, part);
            for (PlanDocument.Article article : part.articles()) {
                repository.insertArticle(code, p, seq++, article);
                pause();
            }
        }
        for (int i = 0; i < plan.units().size(); i++) {
            repository.insertUnit(code, i, plan.units().get(i));
        }
        for (int i = 0; i < plan.targets().size(); i++) {
            repository.insertTarget(code, i, plan.targets().get(i));
        }
        for (int i = 0; i < plan.tasks().size(); i++) {
            repository.insertTask(code, i, plan.tasks().get(i));
        }
    }

    /** The plan file of a stored plan; {@code code} may be null when exactly one plan is stored. */
    public String exportPlan(String code) {
        return PlanFiles.write(plan(code)
                .orElseThrow(
                        () -> new InvalidInputException("plan", List.of(Problem.of("--plan", "plan.none", code)))));
    }

    /** A stored plan, whole; with a null code, the first plan stored. */
    public Optional<PlanDocument> plan(String code) {
        String wanted =
                code != null ? code : repository.codes().stream().findFirst().orElse(null);
        if (wanted == null) {
            return Optional.empty();
        }
        List<PlanDocument.Indicator> defs = repository.indicatorCodes(wanted).stream()
                .map(c -> indicators.find(c).orElseThrow())
                .map(i -> new PlanDocument.Indicator(i.code(), i.name(), i.unit(), i.polarity(), i.description()))
                .toList();
        return repository.load(wanted, defs);
    }

    /** A stored plan, whole, or a refusal in words naming the code; with a null code, the first plan stored. */
    public PlanDocument document(String code) {
        return plan(code)
                .orElseThrow(() -> new InvalidInputException(
                        "plan", List.of(Problem.of("plan", "web.no-plan", code == null ? "" : code))));
    }

    public List<String> planCodes() {
        return repository.codes();
    }

    private PlanReferences references() {
        Set<String> regionCodes = new HashSet<>();
        regions.all().stream().map(Region::code).forEach(regionCodes::add);
        regions.groups().stream().map(RegionGroup::code).forEach(regionCodes::add);
        Set<String> indicatorCodes = new HashSet<>();
        indicators.all().forEach(i -> indicatorCodes.add(i.code()));
        return new PlanReferences(regionCodes, indicatorCodes);
    }

    private void pause() {
        if (!pausePerArticle.isZero()) {
            try {
                Thread.sleep(pausePerArticle.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
