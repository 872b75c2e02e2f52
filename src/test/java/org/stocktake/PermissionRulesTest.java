package org.stocktake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.stocktake.accounts.Actor;
import org.stocktake.accounts.NotPermittedException;
import org.stocktake.accounts.Role;

/**
 * One permission model: the services take the caller and check role and scope themselves. Pages and API (every
 * {@code web} package) hold no permission logic and never act as the platform; the platform acts under a named
 * system actor only in seeding, scheduled jobs and operator commands.
 */
class PermissionRulesTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.stocktake");

    @Test
    void pagesAndApiAskNoPermissionQuestions() {
        noClasses()
                .that()
                .resideInAPackage("org.stocktake..web..")
                .should()
                .callMethod(Actor.class, "is", Role[].class)
                .orShould()
                .callMethod(Actor.class, "seesAllUnits")
                .orShould()
                .callMethod(Actor.class, "coversRegion", String.class)
                .orShould()
                .callMethod(Actor.class, "inUnit", String.class)
                .orShould()
                .callConstructor(NotPermittedException.class, Actor.class, String.class, String.class)
                .because("the services check the caller; a page or API only passes it on")
                .check(MAIN);
    }

    @Test
    void onlySeedingJobsAndCommandsActAsTheSystem() {
        noClasses()
                .that()
                .resideInAPackage("org.stocktake..web..")
                .or()
                .haveSimpleNameEndingWith("Controller")
                .should()
                .callMethod(Actor.class, "system", String.class)
                .because("a request always acts as its caller")
                .check(MAIN);
    }
}
