package org.stocktake.evaluation;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.stocktake.StocktakeApplication;
import org.stocktake.assessment.Ranks;

/**
 * The composite engine is plain calculation: its classes (all but the {@code CompositeService} that
 * feeds it and the pages) use no other Stocktake module than {@code shared} and the one ranking rule
 * ({@link Ranks}); and the module's users use it as allowed.
 */
class EvaluationModuleTest {

    @Test
    void theCalculatorsDependOnlyOnSharedAndTheRankingRule() {
        JavaClasses evaluation = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.stocktake.evaluation");

        classes()
                .that()
                .resideInAPackage("org.stocktake.evaluation")
                .and()
                .doNotHaveSimpleName("package-info")
                .and(not(belongToAnyOf(CompositeService.class)))
                .should()
                .onlyDependOnClassesThat(resideOutsideOfPackage("org.stocktake..")
                        .or(resideInAnyPackage("org.stocktake.evaluation", "org.stocktake.shared.."))
                        .or(equivalentTo(Ranks.class)))
                .check(evaluation);
    }

    @Test
    void itsUsersUseItAsAllowed() {
        ApplicationModules modules = ApplicationModules.of(StocktakeApplication.class);

        assertThat(modules.detectViolations().getMessages()).noneMatch(m -> m.contains("evaluation"));
    }
}
