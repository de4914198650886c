package io.onme.gateway.config;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;

/**
 * Runs SmallRye GraphQL's resolver fetchers (queries, mutations, {@code @Source} fields) with an empty selection
 * set. Before each call SmallRye fills its injectable {@code io.smallrye.graphql.api.Context} with the field's
 * selected sub-fields, built twice as JSON arrays: for a top-level query that is the whole query tree, and a
 * {@code @Source} field does it once per parent object (20 times per field for a 20-encounter page). It was ~9 % of
 * the gateway's CPU on the dashboard; no gateway resolver reads the context's selection (they take their
 * arguments and sources as parameters), and SmallRye uses it for nothing else. Everything else the resolvers
 * see, arguments, source, context and data loaders, is the real environment's. A resolver that does need its
 * selection asks {@link Selections}, which computes only what it is asked, once per call.
 */
final class ResolversWithoutSelection {

    private ResolversWithoutSelection() {
    }

    /** The fetcher to register instead: a SmallRye resolver fetcher wrapped, anything else as it is. */
    static DataFetcher<?> of(DataFetcher<?> fetcher) {
        if (!(fetcher instanceof AbstractDataFetcher<?, ?>) && !(fetcher instanceof BatchDataFetcher<?>)) {
            return fetcher;
        }
        return new WithoutSelection(fetcher);
    }

    private record WithoutSelection(DataFetcher<?> resolver) implements DataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return resolver.get(new HiddenSelection(environment));
        }
    }

    /** The environment a resolver's SmallRye context holds: the real one, its selection set hidden. */
    private static final class HiddenSelection extends DelegatingDataFetchingEnvironment {

        HiddenSelection(DataFetchingEnvironment environment) {
            super(environment);
        }

        @Override
        public DataFetchingFieldSelectionSet getSelectionSet() {
            return NO_SELECTION;
        }

        DataFetchingFieldSelectionSet realSelectionSet() {
            return delegateEnvironment.getSelectionSet();
        }
    }

    /** The real selection set of an environment this class may have wrapped ({@link Selections} reads it). */
    static DataFetchingFieldSelectionSet selectionSet(DataFetchingEnvironment environment) {
        return environment instanceof HiddenSelection hidden ? hidden.realSelectionSet()
                : environment.getSelectionSet();
    }

    private static final DataFetchingFieldSelectionSet NO_SELECTION = new DataFetchingFieldSelectionSet() {

        @Override
        public boolean contains(String fieldGlobPattern) {
            return false;
        }

        @Override
        public boolean containsAnyOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public boolean containsAllOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public List<SelectedField> getFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getImmediateFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getFields(String fieldGlobPattern, String... fieldGlobPatterns) {
            return List.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey() {
            return Map.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(String fieldGlobPattern,
                String... fieldGlobPatterns) {
            return Map.of();
        }
    };
}
