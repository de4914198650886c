package io.onme.scoring.api;

import io.onme.support.contract.TokenAudienceContract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** service-support's audience rule, run against this service with an audience configured. */
@QuarkusTest
@TestProfile(TokenAudienceContract.WithAudience.class)
class TokenAudienceResourceTest extends TokenAudienceContract {

    @Override
    protected String memberReadPath() {
        return "/profiles/rep-1";
    }
}
