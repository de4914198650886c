package io.onme.gateway.api;

import java.util.List;
import java.util.Set;

import graphql.language.Definition;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Context;

/**
 * What the query selects under the field being resolved, for resolvers that fetch less when less is
 * asked. Only graphql-java's immediate fields are read, level by level: its glob lookups ({@code
 * contains("a/b")}) compile a pattern and list the whole subtree on every call.
 */
public final class Selections {

    private Selections() {
    }

    /**
     * Whether the field being resolved (the one whose resolver is running, {@code context} being
     * SmallRye's injected context) selects any of these sub-fields, directly or through fragments.
     * Call it before the resolver's first asynchronous step: SmallRye's context follows the current
     * call. When it cannot tell, the answer is yes, so a resolver fetches everything.
     */
    public static boolean anySelected(Context context, Set<String> names) {
        return anySelectedAt(context, List.of(), names);
    }

    /**
     * Whether, following this path of field names down from the field being resolved (for example
     * {@code edges, node}), the query selects any of these fields, under any alias; otherwise as
     * {@link #anySelected(Context, Set)}.
     */
    public static boolean anySelectedAt(Context context, List<String> path, Set<String> names) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        return environment == null || anySelectedAt(environment.getSelectionSet(), path, 0, names);
    }

    /**
     * Whether the request's document (every operation and fragment in it, whichever runs) selects a
     * field by one of these names anywhere, for data that one call fetches for several fields of a
     * level. Call it as {@link #anySelected(Context, Set)}; when it cannot tell, the answer is yes.
     */
    public static boolean anyInDocument(Context context, Set<String> names) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        if (environment == null || environment.getDocument() == null) {
            return true;
        }
        for (Definition<?> definition : environment.getDocument().getDefinitions()) {
            SelectionSet selections = definition instanceof OperationDefinition operation
                    ? operation.getSelectionSet()
                    : definition instanceof FragmentDefinition fragment
                            ? fragment.getSelectionSet()
                            : null;
            if (selections != null && anyNamed(selections, names)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyNamed(SelectionSet selections, Set<String> names) {
        for (Selection<?> selection : selections.getSelections()) {
            // fragment spreads are read where the fragment is defined
            SelectionSet below = selection instanceof Field field
                    ? field.getSelectionSet()
                    : selection instanceof InlineFragment fragment
                            ? fragment.getSelectionSet()
                            : null;
            if (selection instanceof Field field && names.contains(field.getName())
                    || below != null && anyNamed(below, names)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anySelectedAt(
            DataFetchingFieldSelectionSet selection,
            List<String> path,
            int depth,
            Set<String> names) {
        for (SelectedField field : selection.getImmediateFields()) {
            boolean found = depth == path.size()
                    ? names.contains(field.getName())
                    : field.getName().equals(path.get(depth))
                            && anySelectedAt(
                                    field.getSelectionSet(), path, depth + 1, names);
            if (found) {
                return true;
            }
        }
        return false;
    }
}
