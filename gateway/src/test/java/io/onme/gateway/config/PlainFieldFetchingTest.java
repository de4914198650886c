package io.onme.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.microprofile.graphql.Name;
import org.junit.jupiter.api.Test;

import io.onme.gateway.api.model.Analysis;
import io.onme.gateway.api.model.Encounter;
import io.onme.gateway.api.model.Money;
import io.onme.gateway.api.model.Playbook;

/**
 * Which model properties are read directly and which keep SmallRye's fetcher (the values themselves are checked
 * end to end by the API tests and the schema contract).
 */
class PlainFieldFetchingTest {

    @Test
    void plainPropertiesOfModelClassesAndRecordsAreReadByTheirGetter() {
        assertEquals("getId", PlainFieldFetching.plainGetter(Encounter.class, "id").getName());
        assertEquals("getReflection", PlainFieldFetching.plainGetter(Encounter.class, "reflection").getName());
        assertNotNull(PlainFieldFetching.plainGetter(Encounter.class, "outcome"), "an enum");
        assertNotNull(PlainFieldFetching.plainGetter(Encounter.class, "customer"), "another model object");
        assertNotNull(PlainFieldFetching.plainGetter(Encounter.class, "tactics"), "a list of strings");
        assertNotNull(PlainFieldFetching.plainGetter(Encounter.class, "intensity"), "a nullable Integer");
        assertEquals("ownershipScore", PlainFieldFetching.plainGetter(Analysis.class, "ownershipScore").getName());
        assertEquals("blameTargets", PlainFieldFetching.plainGetter(Analysis.class, "blameTargets").getName());
        assertNotNull(PlainFieldFetching.plainGetter(Playbook.class, "title"));
    }

    @Test
    void valuesSmallRyeMayTransformKeepItsFetcher() {
        assertNull(PlainFieldFetching.plainGetter(Encounter.class, "occurredAt"), "a date");
        assertNull(PlainFieldFetching.plainGetter(Money.class, "amount"), "a BigDecimal");
        String here = PlainFieldFetchingTest.class.getPackageName();
        assertNotNull(PlainFieldFetching.plainGetter(Renamed.class, "id", here), "the fixture's plain getter");
        assertNull(PlainFieldFetching.plainGetter(Renamed.class, "label", here), "a @Name'd getter");
        assertNull(PlainFieldFetching.plainGetter(Renamed.class, "text", here), "a getter renamed away");
    }

    @Test
    void resolverFieldsAndClassesOutsideTheModelKeepTheirFetcher() {
        assertNull(PlainFieldFetching.plainGetter(Encounter.class, "analysis"), "resolved by EncounterApi");
        assertNull(PlainFieldFetching.plainGetter(Encounter.class, "suggestedPlaybooks"));
        assertNull(PlainFieldFetching.plainGetter(Renamed.class, "id"), "not a model class");
    }

    /** Outside the model package, with a renamed property. */
    public static class Renamed {

        public String getId() {
            return "x";
        }

        @Name("label")
        public String getText() {
            return "x";
        }
    }
}
