package io.onme.gateway.config;

import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Context;

/** What the query selects under the field being resolved, for resolvers that fetch less when less is asked. */
public final class Selections {

    private Selections() {
    }

    /**
     * Whether the field being resolved (the one whose resolver is running, {@code context} being SmallRye's
     * injected context) selects any of these sub-fields, directly or through fragments. Call it before the
     * resolver's first asynchronous step: SmallRye's context follows the current call. When it cannot tell, the
     * answer is yes, so a resolver fetches everything.
     */
    public static boolean anySelected(Context context, Set<String> names) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        if (environment == null) {
            return true;
        }
        for (SelectedField field : ResolversWithoutSelection.selectionSet(environment).getImmediateFields()) {
            if (names.contains(field.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the field being resolved selects a field matching this glob of graphql-java's
     * {@link graphql.schema.DataFetchingFieldSelectionSet#contains(String)} (for example
     * {@code edges/node/{analysis,suggestedPlaybooks}}), under the same conditions as
     * {@link #anySelected(Context, Set)}.
     */
    public static boolean selects(Context context, String fieldGlobPattern) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        return environment == null || ResolversWithoutSelection.selectionSet(environment).contains(fieldGlobPattern);
    }
}
