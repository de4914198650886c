package io.onme.gateway.api;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.onme.gateway.api.model.Erasure;
import io.onme.gateway.api.model.ReadingSettings;
import io.onme.gateway.api.model.Role;
import io.onme.gateway.api.model.TenantSettings;
import io.onme.gateway.api.model.TenantSettingsInput;
import io.onme.gateway.client.Credentials;
import io.onme.gateway.client.ErasureRequest;
import io.onme.gateway.client.JournalBackend;
import io.onme.gateway.client.RetentionData;
import io.onme.gateway.client.RetentionRunData;
import io.onme.gateway.client.ScoringBackend;
import io.onme.gateway.config.GatewayConfig;
import io.onme.gateway.error.ErrorCode;
import io.onme.gateway.error.GatewayException;
import io.onme.gateway.security.Caller;
import io.smallrye.mutiny.Uni;

/**
 * The tenant's settings (scoring-service's reading settings and journal-service's retention, as
 * one), erasure, retention and the caller's data export (docs/coaching-not-surveillance.md). Role
 * checks here only spare a call the services would refuse; they decide.
 */
@GraphQLApi
public class DataRightsApi {

    static final int MAX_REASON = 500;

    @Inject
    Caller caller;

    @Inject
    ScoringBackend scoring;

    @Inject
    JournalBackend journal;

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper mapper;

    // ------------------------------------------------------------ settings

    @Query("tenantSettings")
    @NonNull
    @Description("The tenant's reading and retention settings. Admins.")
    public Uni<TenantSettings> tenantSettings() {
        requireAdmin();
        return scoring.settings(caller.credentials())
                .map(settings -> new TenantSettings(settings, null));
    }

    /**
     * journal-service's part, asked for only when selected and not just written, so that journal
     * being down costs only this field.
     */
    @Name("retentionMonths")
    @Description("1..120: encounters that occurred longer ago are deleted (journal-service, daily); null"
            + " keeps them.")
    public Uni<Integer> retentionMonths(@Source TenantSettings settings) {
        if (settings.knownRetention() != null) {
            return Uni.createFrom().item(settings.knownRetention().retentionMonths());
        }
        return journal.retention(caller.credentials()).map(RetentionData::retentionMonths);
    }

    @Mutation("updateTenantSettings")
    @NonNull
    @Description("Changes the fields given (scoring-service's settings, journal-service's retention) and"
            + " answers all of them. Admins.")
    public Uni<TenantSettings> updateTenantSettings(
            @Name("input") @NonNull TenantSettingsInput input) {
        requireAdmin();
        validate(input);
        Credentials credentials = caller.credentials();
        boolean scoringPart = input.coachVisibility() != null
                || input.coachDelayHours() != null
                || input.repsSeeLeaderboard() != null
                || input.reviewConfidenceBelow() != null
                || input.trainingConsent() != null;
        boolean retentionPart = input.retentionMonths() != null || Boolean.TRUE.equals(input.clearRetention());
        // scoring-service's PUT changes the fields given (null: unchanged) and answers them all
        Uni<ReadingSettings> readingSettings = scoringPart
                ? scoring.updateSettings(credentials, changes(input))
                : scoring.settings(credentials);
        return readingSettings.flatMap(
                settings -> retentionPart
                        ? journal.updateRetention(
                                credentials,
                                new RetentionData(input.retentionMonths()))
                                .map(
                                        retention -> new TenantSettings(
                                                settings,
                                                new TenantSettings.KnownRetention(
                                                        retention
                                                                .retentionMonths())))
                        : Uni.createFrom().item(new TenantSettings(settings, null)));
    }

    /** The ranges of docs/coaching-not-surveillance.md, checked before any service is called. */
    static void validate(TenantSettingsInput input) {
        if (input.coachDelayHours() != null
                && (input.coachDelayHours() < 1 || input.coachDelayHours() > 720)) {
            throw GatewayException.badInput(
                    "input.coachDelayHours", "coachDelayHours must be between 1 and 720");
        }
        Double confidence = input.reviewConfidenceBelow();
        if (confidence != null && !(confidence >= 0.0 && confidence <= 1.0)) {
            throw GatewayException.badInput(
                    "input.reviewConfidenceBelow", "reviewConfidenceBelow must be between 0 and 1");
        }
        if (input.retentionMonths() != null
                && (input.retentionMonths() < 1 || input.retentionMonths() > 120)) {
            throw GatewayException.badInput(
                    "input.retentionMonths", "retentionMonths must be between 1 and 120");
        }
        if (input.retentionMonths() != null && Boolean.TRUE.equals(input.clearRetention())) {
            throw GatewayException.badInput(
                    "input.clearRetention", "give either retentionMonths or clearRetention");
        }
    }

    private static ReadingSettings changes(TenantSettingsInput input) {
        return new ReadingSettings(
                input.coachVisibility(),
                input.coachDelayHours(),
                input.repsSeeLeaderboard(),
                input.reviewConfidenceBelow(),
                input.trainingConsent());
    }

    // ------------------------------------------------------------ erasure and retention

    @Mutation("erasePerson")
    @NonNull
    @Description("Erases a person's data in every service: journal-service at once, the others through"
            + " its outbox (the steps). The record is the audit. Admins.")
    public Uni<Erasure> erasePerson(
            @Name("personId") @Id @NonNull String personId,
            @Name("reason") @NonNull String reason) {
        requireAdmin();
        if (personId.isBlank()) {
            throw GatewayException.badInput("personId", "personId must not be blank");
        }
        if (reason.isBlank()) {
            throw GatewayException.badInput("reason", "reason must not be blank");
        }
        if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
            throw GatewayException.badInput(
                    "reason", "reason must be at most " + MAX_REASON + " characters");
        }
        return journal.erase(caller.credentials(), new ErasureRequest(personId, reason));
    }

    @Query("erasure")
    @Description("One erasure of the tenant, with its steps. Admins.")
    public Uni<Erasure> erasure(@Name("id") @Id @NonNull String id) {
        requireAdmin();
        return journal.erasure(caller.credentials(), id);
    }

    @Query("erasures")
    @NonNull
    @Description("The tenant's erasures, newest first. Admins.")
    public Uni<List<@NonNull Erasure>> erasures(@Name("first") @DefaultValue("20") Integer first) {
        requireAdmin();
        int size = Pages.first(first, config.maxPageSize());
        return journal.erasures(caller.credentials(), size)
                .map(found -> found.size() > size ? found.subList(0, size) : found);
    }

    @Mutation("runRetention")
    @NonNull
    @Description("Runs the tenant's retention now; answers how many encounters were deleted. Admins.")
    public Uni<Integer> runRetention() {
        requireAdmin();
        return journal.runRetention(caller.credentials()).map(RetentionRunData::deleted);
    }

    // ------------------------------------------------------------ export

    @Query("myDataExport")
    @NonNull
    @Description("All the caller's own data as one JSON document: {exportedAt, person, journal (encounters"
            + " and the notes on them), scoring (score facts, readings and their history)}.")
    public Uni<String> myDataExport() {
        Credentials credentials = caller.credentials();
        return Uni.combine()
                .all()
                .unis(journal.export(credentials), scoring.export(credentials))
                .with(
                        (journalPart, scoringPart) -> {
                            ObjectNode document = mapper.createObjectNode();
                            document.put("exportedAt", Instant.now().toString());
                            ObjectNode person = document.putObject("person");
                            person.put("id", caller.id())
                                    .put("tenantId", caller.tenantId())
                                    .put("displayName", caller.displayName());
                            document.set("journal", journalPart);
                            document.set("scoring", scoringPart);
                            return text(document);
                        });
    }

    private String text(JsonNode document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("an export that cannot be written", e);
        }
    }

    private void requireAdmin() {
        if (!caller.has(Role.ADMIN)) {
            throw new GatewayException(ErrorCode.FORBIDDEN, "Not permitted: admins only");
        }
    }
}
