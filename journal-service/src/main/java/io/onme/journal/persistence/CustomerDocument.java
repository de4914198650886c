package io.onme.journal.persistence;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

import org.bson.types.ObjectId;

import io.quarkus.mongodb.panache.common.MongoEntity;

/** The light customer registry: one per name per tenant. */
@MongoEntity(collection = "customers")
public class CustomerDocument {

    public static final String TENANT = "tenantId";
    public static final String NAME_KEY = "nameKey";

    public ObjectId id;
    public String tenantId;
    public String name;

    /** Normalised name (NFC, lower case, single spaces) for lookup and prefix search. */
    public String nameKey;

    public Instant createdAt;

    public static String key(String name) {
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        return nfc.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
