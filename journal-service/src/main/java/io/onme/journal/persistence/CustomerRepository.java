package io.onme.journal.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.regex;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.types.ObjectId;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Sorts;

import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;

/** The per-tenant customer registry. */
@ApplicationScoped
public class CustomerRepository implements PanacheMongoRepositoryBase<CustomerDocument, ObjectId> {

    public Optional<CustomerDocument> findInTenant(ObjectId id, String tenantId) {
        return Optional.ofNullable(
                mongoCollection()
                        .find(and(eq("_id", id), eq(CustomerDocument.TENANT, tenantId)))
                        .first());
    }

    /**
     * The tenant's customer of that name, created on first use (unique index on tenant + name key).
     */
    public CustomerDocument findOrCreate(String tenantId, String name, Instant now) {
        String key = CustomerDocument.key(name);
        for (int attempt = 0; attempt < 3; attempt++) {
            CustomerDocument existing = mongoCollection()
                    .find(
                            and(
                                    eq(CustomerDocument.TENANT, tenantId),
                                    eq(CustomerDocument.NAME_KEY, key)))
                    .first();
            if (existing != null) {
                return existing;
            }
            CustomerDocument created = new CustomerDocument();
            created.id = new ObjectId();
            created.tenantId = tenantId;
            created.name = name.trim();
            created.nameKey = key;
            created.createdAt = now;
            try {
                mongoCollection().insertOne(created);
                return created;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                // another request created it a moment ago: read it
            }
        }
        throw new IllegalStateException("customer could not be created or found");
    }

    /**
     * Every regex metacharacter escaped, so a prefix stays a literal (and a plain prefix can use
     * the index).
     */
    static String escapeRegex(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("\\^$.|?*+()[]{}-/#&~<>=!,:'\"".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Customers whose normalised name starts with the prefix (escaped, so input is never a
     * pattern).
     */
    public List<CustomerDocument> byPrefix(String tenantId, String prefix, int limit) {
        String key = CustomerDocument.key(prefix);
        return mongoCollection()
                .find(
                        and(
                                eq(CustomerDocument.TENANT, tenantId),
                                regex(CustomerDocument.NAME_KEY, "^" + escapeRegex(key))))
                .sort(Sorts.ascending(CustomerDocument.NAME_KEY))
                .limit(limit)
                .into(new ArrayList<>());
    }
}
