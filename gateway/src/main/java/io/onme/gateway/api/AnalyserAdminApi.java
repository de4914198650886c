package io.onme.gateway.api;

import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.onme.gateway.api.model.RescoreJob;
import io.onme.gateway.api.model.Role;
import io.onme.gateway.api.model.Stance;
import io.onme.gateway.api.model.TenantPhrase;
import io.onme.gateway.api.model.TenantPhraseInput;
import io.onme.gateway.client.ScoringBackend;
import io.onme.gateway.error.ErrorCode;
import io.onme.gateway.error.GatewayException;
import io.onme.gateway.security.Caller;
import io.smallrye.mutiny.Uni;

/**
 * The tenant admin's hold on the analyser: the tenant's own phrases (scoring-service's {@code
 * /tenant-phrases}) and the rescore of the tenant's history ({@code /admin/rescore}). The role
 * check and the input rules here only spare a call scoring-service would refuse; it decides.
 */
@GraphQLApi
public class AnalyserAdminApi {

    /** scoring-service's limit on a phrase, in characters. */
    static final int MAX_PHRASE = 200;

    @Inject
    Caller caller;

    @Inject
    ScoringBackend scoring;

    @Query("tenantPhrases")
    @NonNull
    @Description("The phrases the tenant's admins added to the analyser's lexicon, by language, then"
            + " phrase. Admins.")
    public Uni<List<@NonNull TenantPhrase>> tenantPhrases() {
        requireAdmin();
        return scoring.tenantPhrases(caller.credentials())
                .map(
                        phrases -> phrases.stream()
                                .sorted(
                                        Comparator.comparing(TenantPhrase::language)
                                                .thenComparing(TenantPhrase::phrase))
                                .toList());
    }

    @Mutation("addTenantPhrase")
    @NonNull
    @Description("Adds a phrase to the tenant's lexicon; it counts for every analysis from now on."
            + " CONFLICT when the tenant has the phrase in that language. Admins.")
    public Uni<TenantPhrase> addTenantPhrase(@Name("input") @NonNull TenantPhraseInput input) {
        requireAdmin();
        String phrase = input.phrase().strip();
        if (phrase.isEmpty()) {
            throw GatewayException.badInput("input.phrase", "phrase must not be blank");
        }
        if (phrase.codePointCount(0, phrase.length()) > MAX_PHRASE) {
            throw GatewayException.badInput(
                    "input.phrase", "phrase must be at most " + MAX_PHRASE + " characters");
        }
        boolean blames = input.stance() == Stance.BLAME || input.stance() == Stance.MIXED;
        if (input.target() != null && !blames) {
            throw GatewayException.badInput(
                    "input.target", "only BLAME and MIXED phrases name a target");
        }
        return scoring.addTenantPhrase(
                caller.credentials(),
                new TenantPhraseInput(phrase, input.language(), input.stance(), input.target()));
    }

    @Mutation("removeTenantPhrase")
    @NonNull
    @Id
    @Description("Removes one of the tenant's phrases; answers its id (NOT_FOUND when gone). Admins.")
    public Uni<String> removeTenantPhrase(@Name("id") @Id @NonNull String id) {
        requireAdmin();
        return scoring.removeTenantPhrase(caller.credentials(), id).map(done -> id);
    }

    @Mutation("startRescore")
    @NonNull
    @Description("Rescores, in the background, the tenant's score facts an older analyser version made,"
            + " with the current one; answers the job, or the one already running. Admins.")
    public Uni<RescoreJob> startRescore() {
        requireAdmin();
        return scoring.startRescore(caller.credentials());
    }

    @Query("rescoreJob")
    @Description("A rescore job of the tenant and how far it has got (ask again to follow it). Admins.")
    public Uni<RescoreJob> rescoreJob(@Name("id") @Id @NonNull String id) {
        requireAdmin();
        return scoring.rescoreJob(caller.credentials(), id);
    }

    private void requireAdmin() {
        if (!caller.has(Role.ADMIN)) {
            throw new GatewayException(ErrorCode.FORBIDDEN, "Not permitted: admins only");
        }
    }
}
