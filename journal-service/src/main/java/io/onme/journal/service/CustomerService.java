package io.onme.journal.service;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import com.mongodb.client.model.Sorts;

import io.onme.journal.persistence.CustomerDocument;
import io.onme.journal.persistence.CustomerRepository;
import io.onme.journal.persistence.EncounterDocument;
import io.onme.journal.persistence.EncounterRepository;
import io.onme.support.Caller;
import io.onme.support.ProblemException;

/** The tenant's customer registry and each customer's sequence of encounters. */
@ApplicationScoped
public class CustomerService {

    @Inject
    CustomerRepository customers;

    @Inject
    EncounterRepository encounters;

    /** A customer and the encounters with them the caller may see, oldest first. */
    public record Sequence(
            CustomerView customer, List<EncounterView> encounters, long totalCount) {
    }

    public List<CustomerView> search(Caller caller, String prefix, int limit) {
        return customers.byPrefix(caller.tenantId(), prefix == null ? "" : prefix, limit).stream()
                .map(EncounterMapper::toView)
                .toList();
    }

    public CustomerView get(Caller caller, String id) {
        return EncounterMapper.toView(find(caller, id));
    }

    private CustomerDocument find(Caller caller, String id) {
        if (id == null || !ObjectId.isValid(id)) {
            throw ProblemException.notFound("customer " + id);
        }
        return customers
                .findInTenant(new ObjectId(id), caller.tenantId())
                .orElseThrow(() -> ProblemException.notFound("customer " + id));
    }

    public Sequence sequence(Caller caller, String customerId, int limit) {
        CustomerDocument customer = find(caller, customerId);
        Bson filter = and(
                EncounterRepository.visibleTo(caller),
                eq(EncounterDocument.CUSTOMER_ID, customerId));
        List<EncounterDocument> items = encounters
                .collection()
                .find(filter)
                .sort(Sorts.ascending(EncounterDocument.OCCURRED_AT, EncounterDocument.ID))
                .limit(limit)
                .into(new ArrayList<>());
        return new Sequence(
                EncounterMapper.toView(customer),
                items.stream().map(EncounterMapper::toView).toList(),
                encounters.countMatching(filter));
    }
}
