package io.onme.support.contract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * One package shape for every OnMe service, checked on its compiled classes: {@code api} → {@code
 * service} → {@code domain} ← {@code persistence}, with {@code client}, {@code config} and {@code
 * security} beside them. No package cycles; nothing below the API knows it; the domain knows no
 * framework and no layer above or beside it; the API reads and writes through services, never
 * through a repository, and sees no persistence type (entity, document, stored value): services
 * answer with their own views. Each service runs it by extending it in a plain test ({@code
 * ArchitectureTest}); shipped in this module's test-jar.
 */
public abstract class ServiceLayering {

    /** The service's root package, e.g. {@code io.onme.playbook}. */
    protected abstract String rootPackage();

    /**
     * Packages of the framework the domain may use anyway, each a reason given where it is named.
     */
    protected List<String> frameworkAllowedInDomain() {
        return List.of();
    }

    private JavaClasses classes() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage());
    }

    private String layer(String name) {
        return rootPackage() + "." + name + "..";
    }

    @Test
    void noPackageCycles() {
        slices().matching(rootPackage() + ".(*)..").should().beFreeOfCycles().check(classes());
    }

    @Test
    void nothingBelowTheApiKnowsIt() {
        noClasses()
                .that()
                .resideOutsideOfPackage(layer("api"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(layer("api"))
                .check(classes());
    }

    @Test
    void theApiKnowsNoPersistenceType() {
        noClasses()
                .that()
                .resideInAPackage(layer("api"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(layer("persistence"))
                .check(classes());
    }

    @Test
    void theDomainKnowsNoOtherLayer() {
        noClasses()
                .that()
                .resideInAPackage(layer("domain"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        layer("api"),
                        layer("service"),
                        layer("persistence"),
                        layer("client"),
                        layer("config"),
                        layer("security"))
                .check(classes());
    }

    @Test
    void theDomainKnowsNoFramework() {
        List<String> framework = new ArrayList<>(
                List.of(
                        "io.quarkus..",
                        "io.vertx..",
                        "io.smallrye..",
                        "jakarta.ws.rs..",
                        "jakarta.persistence..",
                        "jakarta.enterprise..",
                        "jakarta.inject..",
                        "jakarta.transaction..",
                        "org.hibernate..",
                        "com.mongodb..",
                        "org.bson..",
                        "com.fasterxml..",
                        "org.eclipse.microprofile..",
                        "io.micrometer.."));
        framework.removeAll(frameworkAllowedInDomain());
        noClasses()
                .that()
                .resideInAPackage(layer("domain"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(framework.toArray(String[]::new))
                .check(classes());
    }

    @Test
    void persistenceServesTheServicesOnly() {
        noClasses()
                .that()
                .resideInAPackage(layer("persistence"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(layer("service"), layer("client"))
                .check(classes());
    }

    @Test
    void theApiGoesThroughServicesNeverARepository() {
        noClasses()
                .that()
                .resideInAPackage(layer("api"))
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Store")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Queries")
                .check(classes());
    }
}
