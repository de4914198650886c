package io.onme.gateway.error;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import graphql.ExecutionInput;
import graphql.execution.AbortExecutionException;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.ObjectField;
import graphql.language.StringValue;
import graphql.language.VariableDefinition;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * The text the gateway accepts in any GraphQL argument or variable, checked once for every request
 * before anything is fetched: no U+0000 or other C0 control character (tab, line feed and carriage
 * return are text), no unpaired surrogate, no Unicode non-character (U+FDD0..U+FDEF and the last
 * two code points of every plane). PostgreSQL refuses U+0000 outright, and none of these is
 * anything a person typed; refused here, they never reach a service (issue 16). A refusal is {@code
 * BAD_USER_INPUT} naming the variable or argument, and its message never repeats the text.
 *
 * <p>
 * Variables and the operation name are checked as the request arrives (before graphql-java
 * coerces anything, so no later message can quote them); string literals of the document just
 * before the operation runs. A document found clean is not walked again: SmallRye's query cache
 * hands over the same parsed {@link Document} for the same query text, held weakly here so it
 * leaves with the cache's.
 */
public final class InputText {

    static final String RULE = "control characters other than tab and line breaks, unpaired surrogates and "
            + "Unicode non-characters are not accepted";

    private final Set<Document> clean = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /**
     * The index of the first character of {@code text} that is not acceptable, or -1 when all are.
     */
    public static int firstInvalid(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0xD800) {
                continue;
            }
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == length
                        || !Character.isLowSurrogate(text.charAt(i + 1))
                        || isNonCharacter(Character.toCodePoint(c, text.charAt(i + 1)))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c) || isNonCharacter(c)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isNonCharacter(int codePoint) {
        return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /**
     * Refuses the request when a variable (at any depth, keys included) or the operation name is
     * not text.
     */
    public void check(ExecutionInput input) {
        String operationName = input.getOperationName();
        if (operationName != null && firstInvalid(operationName) >= 0) {
            throw refusal("operationName", null);
        }
        Map<String, Object> variables = input.getRawVariables().toMap();
        for (Map.Entry<String, Object> variable : variables.entrySet()) {
            checkValue(variable.getKey(), variable.getValue());
        }
    }

    /**
     * Refuses the request when a string literal anywhere in the document (arguments, defaults) is
     * not text.
     */
    public void check(Document document) {
        if (clean.contains(document)) {
            return;
        }
        List<AbortExecutionException> found = new ArrayList<>(1);
        new NodeTraverser()
                .preOrder(
                        new NodeVisitorStub() {
                            // graphql-java's NodeVisitor takes a TraverserContext<Node> of the raw
                            // Node: the override must too
                            @SuppressWarnings("rawtypes")
                            @Override
                            public TraversalControl visitStringValue(
                                    StringValue node, TraverserContext<Node> context) {
                                if (found.isEmpty() && firstInvalid(node.getValue()) >= 0) {
                                    found.add(refusal(pathOf(context), node));
                                    return TraversalControl.QUIT;
                                }
                                return TraversalControl.CONTINUE;
                            }
                        },
                        document);
        if (!found.isEmpty()) {
            throw found.get(0);
        }
        clean.add(document);
    }

    private static void checkValue(String path, Object value) {
        if (value instanceof String text) {
            if (firstInvalid(text) >= 0) {
                throw refusal(path, null);
            }
        } else if (value instanceof Map<?, ?> object) {
            for (Map.Entry<?, ?> field : object.entrySet()) {
                String name = String.valueOf(field.getKey());
                if (firstInvalid(name) >= 0) {
                    throw refusal(path, null);
                }
                checkValue(path + "." + name, field.getValue());
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkValue(path + "[" + i + "]", list.get(i));
            }
        }
    }

    /** The names of the arguments, input fields and variable a literal sits in, outermost first. */
    @SuppressWarnings("rawtypes") // the context graphql-java hands the visitor (above)
    private static String pathOf(TraverserContext<Node> context) {
        List<String> names = new ArrayList<>();
        for (TraverserContext<Node> at = context; at != null; at = at.getParentContext()) {
            Node<?> node = at.thisNode();
            if (node instanceof ObjectField field) {
                names.add(0, field.getName());
            } else if (node instanceof Argument argument) {
                names.add(0, argument.getName());
            } else if (node instanceof VariableDefinition variable) {
                names.add(0, variable.getName());
            }
        }
        return names.isEmpty() ? null : String.join(".", names);
    }

    private static AbortExecutionException refusal(String field, StringValue literal) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", ErrorCode.BAD_USER_INPUT.name());
        if (field != null) {
            extensions.put("field", field);
        }
        return new AbortExecutionException(
                List.of(
                        new ShapedError(
                                "Invalid text in "
                                        + (field == null ? "an argument" : field)
                                        + ": "
                                        + RULE,
                                literal == null || literal.getSourceLocation() == null
                                        ? null
                                        : List.of(literal.getSourceLocation()),
                                null,
                                extensions)));
    }
}
