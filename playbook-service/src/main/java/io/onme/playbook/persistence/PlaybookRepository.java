package io.onme.playbook.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.onme.playbook.domain.ArchetypeKey;
import io.onme.playbook.domain.Language;
import io.onme.playbook.domain.PlaybookFilter;
import io.onme.playbook.domain.PlaybookStatus;
import io.onme.support.Caller;
import io.onme.support.ProblemException;

/**
 * Reads playbooks with the visibility rule applied in SQL, so nothing invisible ever leaves the
 * database: built-ins (no tenant) and the caller's tenant; drafts only for those who may edit them
 * (admins: all of the tenant's; coaches: their teams').
 */
@ApplicationScoped
public class PlaybookRepository {

    /** One page of a listing. */
    public record Page(List<PlaybookEntity> items, String nextCursor, long totalCount) {
    }

    private final EntityManager em;

    PlaybookRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<PlaybookEntity> findVisible(Caller caller, String id) {
        Map<String, Object> params = new HashMap<>();
        String sql = "select p.* from playbooks p where p.id = :id and " + visibility(caller, params);
        params.put("id", id);
        return resultList(sql, params, 1).stream().findFirst();
    }

    /** The visible ones among {@code ids}, in the order asked, in one query. */
    public List<PlaybookEntity> findVisible(Caller caller, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String sql = "select p.* from playbooks p where p.id in (:ids) and "
                + visibility(caller, params);
        params.put("ids", List.copyOf(ids));
        Map<String, PlaybookEntity> byId = resultList(sql, params, ids.size()).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<PlaybookEntity> ordered = new ArrayList<>();
        new LinkedHashSet<>(ids)
                .forEach(
                        id -> {
                            PlaybookEntity p = byId.get(id);
                            if (p != null) {
                                ordered.add(p);
                            }
                        });
        return ordered;
    }

    /**
     * Published, visible playbooks of the given archetypes (and language, if any): suggestion
     * candidates.
     */
    public List<PlaybookEntity> publishedFor(
            Caller caller, Collection<ArchetypeKey> archetypes, Collection<Language> languages) {
        if (archetypes.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select p.* from playbooks p where p.status = 'PUBLISHED'")
                .append(" and (p.tenant_id is null or p.tenant_id = :tid)")
                .append(" and p.archetype in (:archetypes)");
        params.put("tid", caller.tenantId());
        params.put("archetypes", archetypes.stream().map(Enum::name).toList());
        if (!languages.isEmpty()) {
            sql.append(" and p.language in (:languages)");
            params.put("languages", languages.stream().map(Enum::name).toList());
        }
        sql.append(" order by p.id");
        return resultList(sql.toString(), params, 0);
    }

    public Page page(Caller caller, PlaybookFilter filter, int limit, String after) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where ").append(visibility(caller, params));
        PlaybookStatus status = filter.status() == null ? PlaybookStatus.PUBLISHED : filter.status();
        where.append(" and p.status = :status");
        params.put("status", status.name());
        if (filter.archetype() != null) {
            where.append(" and p.archetype = :archetype");
            params.put("archetype", filter.archetype().name());
        }
        if (filter.language() != null) {
            where.append(" and p.language = :language");
            params.put("language", filter.language().name());
        }
        if (filter.teamId() != null) {
            where.append(" and p.team_id = :teamId");
            params.put("teamId", filter.teamId());
        }
        String rank = null;
        if (filter.search() != null) {
            String english = filter.search().english();
            where.append(" and (p.search_simple @@ to_tsquery('simple', :qs)");
            params.put("qs", filter.search().simple());
            if (english != null) {
                where.append(" or p.search_english @@ to_tsquery('english', :qe)");
                params.put("qe", english);
            }
            where.append(")");
            rank = "round(cast(ts_rank(p.search_simple, to_tsquery('simple', :qs))"
                    + (english != null
                            ? " + ts_rank(p.search_english, to_tsquery('english', :qe))"
                            : "")
                    + " as numeric), 6)";
        }

        String from = " from playbooks p join archetypes a on a.key = p.archetype";
        Query count = em.createNativeQuery("select count(*)" + from + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        // keyset pagination: tenant playbooks before built-ins, then catalogue order; by rank when
        // searching
        String keys;
        String order;
        int arity;
        StringBuilder pageWhere = new StringBuilder(where);
        if (rank == null) {
            keys = "cast(p.built_in as text), cast(a.position as text), p.language, p.title, p.id";
            order = " order by p.built_in, a.position, p.language, p.title, p.id";
            arity = 5;
            if (after != null) {
                PageCursor c = PageCursor.decode(after, arity);
                pageWhere.append(
                        " and (p.built_in, a.position, p.language, p.title, p.id)"
                                + " > (cast(:c0 as boolean), cast(:c1 as smallint), :c2, :c3, :c4)");
                bindCursor(params, c);
            }
        } else {
            keys = "cast(" + rank + " as text), p.id";
            order = " order by " + rank + " desc, p.id";
            arity = 2;
            if (after != null) {
                PageCursor c = PageCursor.decode(after, arity);
                pageWhere
                        .append(" and (")
                        .append(rank)
                        .append(" < cast(:c0 as numeric) or (")
                        .append(rank)
                        .append(" = cast(:c0 as numeric) and p.id > :c1))");
                bindCursor(params, c);
            }
        }
        if (after != null) {
            validateCursorNumbers(params, rank == null);
        }

        Query rows = em.createNativeQuery("select p.id, " + keys + from + pageWhere + order);
        params.forEach(rows::setParameter);
        rows.setMaxResults(limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        boolean more = found.size() > limit;
        List<Object[]> pageRows = more ? found.subList(0, limit) : found;
        String next = null;
        if (more) {
            Object[] last = pageRows.get(pageRows.size() - 1);
            List<String> values = new ArrayList<>();
            for (int i = 1; i < last.length; i++) {
                values.add(String.valueOf(last[i]));
            }
            next = new PageCursor(values).encode();
        }
        List<String> ids = pageRows.stream().map(r -> (String) r[0]).toList();
        Map<String, PlaybookEntity> byId = ids.isEmpty()
                ? Map.of()
                : PlaybookEntity.<PlaybookEntity> list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return new Page(ids.stream().map(byId::get).toList(), next, total);
    }

    private static void bindCursor(Map<String, Object> params, PageCursor cursor) {
        for (int i = 0; i < cursor.values().size(); i++) {
            params.put("c" + i, cursor.values().get(i));
        }
    }

    // a forged cursor must give 400, not a database error
    private static void validateCursorNumbers(Map<String, Object> params, boolean listing) {
        try {
            if (listing) {
                String flag = (String) params.get("c0");
                if (!flag.equals("true") && !flag.equals("false")) {
                    throw new NumberFormatException(flag);
                }
                Short.parseShort((String) params.get("c1"));
            } else {
                new BigDecimal((String) params.get("c0"));
            }
        } catch (NumberFormatException e) {
            throw ProblemException.badField("after", "is not a cursor returned by this service");
        }
    }

    private static String visibility(Caller caller, Map<String, Object> params) {
        params.put("tid", caller.tenantId());
        StringBuilder rule = new StringBuilder(
                "(p.tenant_id is null or (p.tenant_id = :tid and (p.status <> 'DRAFT'");
        if (caller.isAdmin()) {
            rule.append(" or true");
        } else if (caller.isCoach() && !caller.teams().isEmpty()) {
            rule.append(" or p.team_id in (:coachedTeams)");
            params.put("coachedTeams", List.copyOf(caller.teams()));
        }
        return rule.append(")))").toString();
    }

    @SuppressWarnings("unchecked")
    private List<PlaybookEntity> resultList(String sql, Map<String, Object> params, int max) {
        Query query = em.createNativeQuery(sql, PlaybookEntity.class);
        params.forEach(query::setParameter);
        if (max > 0) {
            query.setMaxResults(max);
        }
        return query.getResultList();
    }
}
