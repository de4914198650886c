package io.onme.journal.persistence;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;

/** Per-tenant settings (retention). */
@ApplicationScoped
public class TenantSettingsRepository
        implements PanacheMongoRepositoryBase<TenantSettingsDocument, String> {

    public Optional<TenantSettingsDocument> forTenant(String tenantId) {
        return Optional.ofNullable(mongoCollection().find(eq("_id", tenantId)).first());
    }

    public TenantSettingsDocument setRetention(
            String tenantId, Integer months, String updatedBy, Instant now) {
        return mongoCollection()
                .findOneAndUpdate(
                        eq("_id", tenantId),
                        Updates.combine(
                                Updates.set(TenantSettingsDocument.RETENTION_MONTHS, months),
                                Updates.set("updatedAt", now),
                                Updates.set("updatedBy", updatedBy)),
                        new FindOneAndUpdateOptions()
                                .upsert(true)
                                .returnDocument(ReturnDocument.AFTER));
    }

    /** Every tenant that keeps encounters for a limited time. */
    public List<TenantSettingsDocument> withRetention() {
        return mongoCollection()
                .find(ne(TenantSettingsDocument.RETENTION_MONTHS, null))
                .into(new ArrayList<>());
    }
}
