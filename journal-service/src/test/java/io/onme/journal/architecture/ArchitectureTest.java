package io.onme.journal.architecture;

import io.onme.support.contract.ServiceLayering;

/**
 * This service keeps the package shape every OnMe service has (service-support's ServiceLayering).
 */
class ArchitectureTest extends ServiceLayering {

    @Override
    protected String rootPackage() {
        return "io.onme.journal";
    }
}
