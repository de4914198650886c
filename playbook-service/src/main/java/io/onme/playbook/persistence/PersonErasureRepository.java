package io.onme.playbook.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Replaces a person's id with {@value #ERASED} in every column that names an author, within one
 * tenant: created_by, updated_by and draft_updated_by of playbooks, published_by of their versions
 * (the versions' trigger allows exactly that change). Bulk SQL: the content, the revision (an
 * author is not an edit) and updated_at stay as they are.
 */
@ApplicationScoped
public class PersonErasureRepository {

    public static final String ERASED = "erased";

    private final EntityManager em;

    PersonErasureRepository(EntityManager em) {
        this.em = em;
    }

    /** How many playbook rows and version rows named the person. Call in a transaction. */
    public record Erased(int playbooks, int versions) {
    }

    public Erased erase(String tenantId, String personId) {
        int playbooks = em.createNativeQuery(
                "update playbooks set"
                        + " created_by = case when created_by = :person then :erased else created_by end,"
                        + " updated_by = case when updated_by = :person then :erased else updated_by end,"
                        + " draft_updated_by = case when draft_updated_by = :person then :erased"
                        + " else draft_updated_by end"
                        + " where tenant_id = :tenant and (created_by = :person"
                        + " or updated_by = :person or draft_updated_by = :person)")
                .setParameter("person", personId)
                .setParameter("erased", ERASED)
                .setParameter("tenant", tenantId)
                .executeUpdate();
        int versions = em.createNativeQuery(
                "update playbook_versions v set published_by = :erased"
                        + " from playbooks p where p.id = v.playbook_id"
                        + " and p.tenant_id = :tenant and v.published_by = :person")
                .setParameter("person", personId)
                .setParameter("erased", ERASED)
                .setParameter("tenant", tenantId)
                .executeUpdate();
        // entities loaded earlier in this persistence context must not write the old ids back
        em.clear();
        return new Erased(playbooks, versions);
    }
}
