package io.onme.journal.persistence;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.common.MongoEntity;

/** The journal's settings of one tenant, keyed by the tenant id. */
@MongoEntity(collection = "tenant_settings")
public class TenantSettingsDocument {

    public static final String RETENTION_MONTHS = "retentionMonths";

    @BsonId
    public String tenantId;

    /** Encounters that occurred longer ago than this are deleted; null keeps them. */
    public Integer retentionMonths;

    public Instant updatedAt;
    public String updatedBy;
}
