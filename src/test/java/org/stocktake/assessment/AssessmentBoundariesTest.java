package org.stocktake.assessment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The calculators stay plain Java: no Spring (beyond the module marker), no SQL, no other module but shared. */
class AssessmentBoundariesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.stocktake.assessment");

    @Test
    void dependsOnJavaAndSharedOnly() {
        classes()
                .that()
                .resideInAPackage("org.stocktake.assessment")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.stocktake.assessment..", "org.stocktake.shared..")
                .check(classes);
    }
}
