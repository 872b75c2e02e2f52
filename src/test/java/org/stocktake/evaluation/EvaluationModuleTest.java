package org.stocktake.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.stocktake.StocktakeApplication;

/**
 * The evaluation module depends on nothing but {@code shared} and the one ranking rule in
 * {@code assessment}, and its users use it as allowed.
 */
class EvaluationModuleTest {

    @Test
    void dependsOnlyOnSharedAndTheRankingRule() {
        ApplicationModules modules = ApplicationModules.of(StocktakeApplication.class);
        ApplicationModule evaluation = modules.getModuleByName("evaluation").orElseThrow();

        assertThat(evaluation.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString()))
                .allMatch(m -> m.equals("shared") || m.equals("assessment"));
        assertThat(evaluation.detectDependencies(modules).getMessages()).isEmpty();
        assertThat(modules.detectViolations().getMessages()).noneMatch(m -> m.contains("evaluation"));
    }
}
