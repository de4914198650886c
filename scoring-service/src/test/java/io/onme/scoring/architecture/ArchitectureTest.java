package io.onme.scoring.architecture;

import java.util.List;

import io.onme.support.contract.ServiceLayering;

/**
 * This service keeps the package shape every OnMe service has (service-support's ServiceLayering).
 */
class ArchitectureTest extends ServiceLayering {

    @Override
    protected String rootPackage() {
        return "io.onme.scoring";
    }

    /**
     * The indicator records are answered by the API as they are, so they carry their OpenAPI
     * descriptions.
     */
    @Override
    protected List<String> frameworkAllowedInDomain() {
        return List.of("org.eclipse.microprofile..");
    }
}
