package io.onme.playbook.api;

import io.onme.support.contract.ServiceContract;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The answers every OnMe service gives the same way (service-support's contract), run against this
 * one.
 */
@QuarkusTest
class ServiceContractResourceTest extends ServiceContract {

    @Override
    protected String readPath() {
        return "/archetypes";
    }

    @Override
    protected String memberReadPath() {
        return "/archetypes";
    }

    @Override
    protected String writePath() {
        return "/playbooks";
    }
}
