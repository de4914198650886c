package io.onme.journal.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.types.ObjectId;

import io.onme.journal.domain.ArchetypeKey;
import io.onme.journal.domain.Channel;
import io.onme.journal.domain.Language;
import io.onme.journal.domain.Outcome;
import io.onme.journal.domain.ScoreStatus;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * One encounter, its coaching notes, its score summary and its outbox entry ({@link #delivery}),
 * all in one document so that every write is atomic without multi-document transactions.
 */
@MongoEntity(collection = "encounters")
public class EncounterDocument {

    public static final String ID = "_id";
    public static final String TENANT = "tenantId";
    public static final String REP = "repId";
    public static final String TEAM = "teamId";
    public static final String CUSTOMER_ID = "customerId";
    public static final String OCCURRED_AT = "occurredAt";
    public static final String OUTCOME = "outcome";
    public static final String ARCHETYPE = "archetype";
    public static final String STANCE = "score.stance";
    public static final String REVISION = "revision";
    public static final String DELETED = "deleted";
    public static final String DELIVERY = "delivery";
    public static final String CLIENT_REQUEST_KEY = "clientRequestKey";

    public ObjectId id;
    public String tenantId;
    public String repId;
    public String repName;
    public String teamId;

    /** Flat, not a sub-document: the POJO codec would store a nested {@code id} as {@code _id}. */
    public String customerId;

    public String customerName;
    public Instant occurredAt;
    public Channel channel;
    public ArchetypeKey archetype;
    public Integer intensity;
    public List<String> tactics = new ArrayList<>();
    public List<String> playbookIds = new ArrayList<>();
    public Outcome outcome;
    public MoneyValue dealValue;
    public String reflection;
    public Language language;

    /**
     * True when {@link #language} was detected from the script, so an edited reflection re-detects
     * it.
     */
    public boolean languageDetected;

    public Instant followUpAt;
    public List<Note> notes = new ArrayList<>();
    public Instant createdAt;
    public Instant updatedAt;
    public long revision;
    public ScoreStatus scoreStatus;
    public ScoreSummary score;
    public Delivery delivery;

    /** Tombstone: hidden from every read while the DELETE is delivered to scoring. */
    public boolean deleted;

    /** The client's idempotency key (a lower-case UUID), when it sent one. */
    public String clientRequestId;

    /**
     * {@link #clientRequestKey(String, String, String)} when the client sent a key, else absent:
     * the unique, sparse index on it lets one (tenant, rep, key) log one encounter, across
     * replicas.
     */
    public String clientRequestKey;

    /**
     * (tenant, rep, key) in one indexable value; a partial compound index would do in MongoDB, but
     * the embedded wire server ignores partial filters. Unambiguous: the key is a UUID and the
     * tenant id has no ':' (TokenRules), so the rest is the rep.
     */
    public static String clientRequestKey(String tenantId, String repId, String clientRequestId) {
        return clientRequestId + ":" + tenantId + ":" + repId;
    }

    /** Exact decimal kept as its string form (scale preserved), with an ISO-4217 code. */
    public static class MoneyValue {
        public String amount;
        public String currency;

        public MoneyValue() {
        }

        public MoneyValue(String amount, String currency) {
            this.amount = amount;
            this.currency = currency;
        }
    }

    public static class Note {
        public String id;
        public String authorId;
        public String authorName;
        public String text;
        public Instant createdAt;
    }

    public static class ScoreSummary {
        public String stance;
        public Integer ownershipScore;
        public String analyzerVersion;

        /** The encounter revision this score was computed for. */
        public long revision;

        public Instant scoredAt;
    }
}
