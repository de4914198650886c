package io.onme.gateway.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The gateway's layering, checked on its compiled classes: {@code api} (the GraphQL resolvers and
 * the HTTP edge) → {@code client} (the services' REST clients) and {@code security}; {@code
 * api.model} (the GraphQL types, which double as the services' JSON) depends on no other gateway
 * package; {@code engine} completes SmallRye's GraphQL engine; {@code config} holds configuration
 * only; no package cycles; and only public extension points of SmallRye GraphQL.
 */
class ArchitectureTest {

    private static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.onme.gateway");

    @Test
    void noPackageCycles() {
        slices().matching("io.onme.gateway.(**)").should().beFreeOfCycles().check(GATEWAY);
    }

    @Test
    void theModelDependsOnNoOtherGatewayPackage() {
        noClasses()
                .that()
                .resideInAPackage("io.onme.gateway.api.model")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.onme.gateway.api",
                        "io.onme.gateway.client",
                        "io.onme.gateway.config",
                        "io.onme.gateway.engine",
                        "io.onme.gateway.error",
                        "io.onme.gateway.security")
                .check(GATEWAY);
    }

    @Test
    void clientsDoNotKnowTheResolvers() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "io.onme.gateway.client..",
                        "io.onme.gateway.security..",
                        "io.onme.gateway.error..",
                        "io.onme.gateway.config..",
                        "io.onme.gateway.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.onme.gateway.api")
                .check(GATEWAY);
    }

    @Test
    void configHoldsOnlyConfiguration() {
        classes()
                .that()
                .resideInAPackage("io.onme.gateway.config..")
                .should()
                .beAnnotatedWith("io.smallrye.config.ConfigMapping")
                .orShould()
                .beNestedClasses()
                .check(GATEWAY);
    }

    @Test
    void onlyPublicExtensionPointsOfSmallRyeGraphQL() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.smallrye.graphql.execution..",
                        "io.smallrye.graphql.bootstrap..",
                        "io.smallrye.graphql.schema..")
                .check(GATEWAY);
    }
}
