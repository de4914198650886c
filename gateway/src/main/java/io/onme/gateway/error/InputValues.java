package io.onme.gateway.error;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Document;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.SourceLocation;
import graphql.language.StringValue;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.idl.TypeUtil;

/**
 * The request's input values held to their declared scalar types as the GraphQL spec coerces input,
 * before the operation runs. SmallRye's scalars are lenient where graphql-java's are not: they take
 * a variable's value as it comes and convert it only when the field is fetched, so a float or a
 * 400-digit number for an {@code Int} failed deep in a resolver ({@code INTERNAL}) and an object
 * for an {@code ID} reached a service as its {@code toString()}; and they cut an {@code Int}
 * literal to 32 bits, so {@code first: 4294967316} asked for 20 and {@code expectedRevision:
 * 4294967297} for 1 (issue 16). Here: {@code Int} is a whole number in 32 bits ({@code IntValue} as
 * a literal), {@code Float} a number, {@code String} a string, {@code ID} a string or a whole
 * number, {@code Boolean} a boolean, {@code BigInteger} a whole number, {@code BigDecimal} a number
 * or a decimal string, {@code DateTime} an ISO-8601 string with an offset; anything else is {@code
 * BAD_USER_INPUT} naming the argument or variable path.
 *
 * <p>
 * Variables are read raw (as the client sent them, not as a lenient scalar turned them), at any
 * depth of input objects and lists; literals in the fields the operation runs and in the variables'
 * defaults. A document whose literals passed is not walked again for that operation, unless
 * {@code @skip}/{@code @include} make what runs depend on the variables (as {@link RequestLimits}).
 */
public final class InputValues {

    /**
     * Per document whose literals passed: the operations that passed (by name, "" for the only
     * anonymous one).
     */
    private final Map<Document, Set<String>> passed = Collections.synchronizedMap(new WeakHashMap<>());

    /** Refuses the operation when a variable's value or a literal argument is not of its type. */
    public void check(ExecutionContext context) {
        checkVariables(context);
        Document document = context.getDocument();
        String operation = Objects.requireNonNullElse(context.getExecutionInput().getOperationName(), "");
        Set<String> operations = passed.get(document);
        if (operations != null && operations.contains(operation)) {
            return;
        }
        checkLiterals(context);
        if (!RequestLimits.dependsOnVariables(document)) {
            passed.computeIfAbsent(document, first -> Collections.synchronizedSet(new HashSet<>()))
                    .add(operation);
        }
    }

    private static void checkVariables(ExecutionContext context) {
        Map<String, Object> raw = context.getExecutionInput().getRawVariables().toMap();
        if (raw.isEmpty()) {
            return;
        }
        for (VariableDefinition definition : context.getOperationDefinition().getVariableDefinitions()) {
            GraphQLType type = typeOf(context.getGraphQLSchema(), definition);
            if (type != null && raw.containsKey(definition.getName())) {
                checkValue("Variable", definition.getName(), type, raw.get(definition.getName()));
            }
        }
    }

    private static void checkLiterals(ExecutionContext context) {
        GraphQLSchema schema = context.getGraphQLSchema();
        for (VariableDefinition definition : context.getOperationDefinition().getVariableDefinitions()) {
            GraphQLType type = typeOf(schema, definition);
            if (type != null && definition.getDefaultValue() != null) {
                checkLiteral(definition.getName(), type, definition.getDefaultValue());
            }
        }
        QueryTraverser.newQueryTraverser()
                .schema(schema)
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .coercedVariables(context.getCoercedVariables())
                .build()
                .visitPreOrder(
                        new QueryVisitorStub() {
                            @Override
                            public void visitField(QueryVisitorFieldEnvironment field) {
                                for (Argument argument : field.getField().getArguments()) {
                                    GraphQLArgument definition = field.getFieldDefinition()
                                            .getArgument(argument.getName());
                                    if (definition != null) {
                                        checkLiteral(
                                                argument.getName(),
                                                definition.getType(),
                                                argument.getValue());
                                    }
                                }
                            }
                        });
    }

    private static void checkValue(String kind, String path, GraphQLType type, Object value) {
        if (value == null) {
            return;
        }
        GraphQLType bare = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        if (bare instanceof GraphQLList list) {
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    checkValue(kind, path + "[" + i + "]", list.getWrappedType(), items.get(i));
                }
            } else {
                // a single value where a list is expected is a list of one (GraphQL's input
                // coercion)
                checkValue(kind, path, list.getWrappedType(), value);
            }
        } else if (bare instanceof GraphQLInputObjectType object
                && value instanceof Map<?, ?> fields) {
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                if (fields.containsKey(field.getName())) {
                    checkValue(
                            kind,
                            path + "." + field.getName(),
                            field.getType(),
                            fields.get(field.getName()));
                }
            }
        } else if (bare instanceof GraphQLScalarType scalar
                && !acceptsValue(scalar.getName(), value)) {
            throw refusal(kind, path, scalar.getName(), null);
        }
    }

    private static void checkLiteral(String path, GraphQLType type, Value<?> value) {
        GraphQLType bare = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        if (bare instanceof GraphQLList list) {
            if (value instanceof ArrayValue array) {
                for (int i = 0; i < array.getValues().size(); i++) {
                    checkLiteral(
                            path + "[" + i + "]", list.getWrappedType(), array.getValues().get(i));
                }
            } else {
                checkLiteral(path, list.getWrappedType(), value);
            }
        } else if (bare instanceof GraphQLInputObjectType object
                && value instanceof ObjectValue fields) {
            for (ObjectField field : fields.getObjectFields()) {
                GraphQLInputObjectField definition = object.getField(field.getName());
                if (definition != null) {
                    checkLiteral(
                            path + "." + field.getName(), definition.getType(), field.getValue());
                }
            }
        } else if (bare instanceof GraphQLScalarType scalar
                && !acceptsLiteral(scalar.getName(), value)) {
            throw refusal("Argument", path, scalar.getName(), value.getSourceLocation());
        }
    }

    static boolean acceptsValue(String scalar, Object value) {
        return switch (scalar) {
            case "Int" -> whole(value) && fitsInt(decimalOf((Number) value));
            case "Float" -> value instanceof Number number && Double.isFinite(number.doubleValue());
            case "String" -> value instanceof String;
            case "ID" -> value instanceof String || whole(value);
            case "Boolean" -> value instanceof Boolean;
            case "BigInteger" -> whole(value);
            case "BigDecimal" ->
                value instanceof Number || value instanceof String text && decimal(text);
            case "DateTime" -> value instanceof String text && dateTime(text);
            default -> true;
        };
    }

    /**
     * Variables and nulls are someone else's to check; every other literal must be of the scalar's
     * kind.
     */
    static boolean acceptsLiteral(String scalar, Value<?> value) {
        if (!(value instanceof IntValue
                || value instanceof FloatValue
                || value instanceof StringValue
                || value instanceof BooleanValue
                || value instanceof ObjectValue
                || value instanceof ArrayValue)) {
            return true;
        }
        return switch (scalar) {
            case "Int" ->
                value instanceof IntValue number && fitsInt(new BigDecimal(number.getValue()));
            case "Float" -> value instanceof IntValue || value instanceof FloatValue;
            case "String" -> value instanceof StringValue;
            case "ID" -> value instanceof StringValue || value instanceof IntValue;
            case "Boolean" -> value instanceof BooleanValue;
            case "BigInteger" -> value instanceof IntValue;
            case "BigDecimal" ->
                value instanceof IntValue
                        || value instanceof FloatValue
                        || value instanceof StringValue text && decimal(text.getValue());
            case "DateTime" -> value instanceof StringValue text && dateTime(text.getValue());
            default -> true;
        };
    }

    private static boolean whole(Object value) {
        if (!(value instanceof Number number)) {
            return false;
        }
        try {
            // a JSON number may be a double: 1.0 is whole, 1.5 and 1e400 (Infinity) are not
            return decimalOf(number).stripTrailingZeros().scale() <= 0;
        } catch (NumberFormatException notFinite) {
            return false;
        }
    }

    private static boolean fitsInt(BigDecimal number) {
        return number.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
                && number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    private static BigDecimal decimalOf(Number number) {
        return number instanceof BigDecimal decimal
                ? decimal
                : number instanceof BigInteger integer
                        ? new BigDecimal(integer)
                        : new BigDecimal(number.toString());
    }

    private static boolean decimal(String text) {
        if (text.length() > 100) {
            return false;
        }
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /**
     * As SmallRye reads an OffsetDateTime: ISO-8601 with an offset ({@code
     * 2026-11-20T10:15:00+02:00}, {@code Z}).
     */
    private static boolean dateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException notADateTime) {
            return false;
        }
    }

    private static GraphQLType typeOf(GraphQLSchema schema, VariableDefinition definition) {
        TypeName name = TypeUtil.unwrapAll(definition.getType());
        GraphQLType named = schema.getType(name.getName());
        return named == null ? null : wrap(definition.getType(), named);
    }

    private static GraphQLType wrap(graphql.language.Type<?> declared, GraphQLType named) {
        if (declared instanceof graphql.language.NonNullType nonNull) {
            return GraphQLNonNull.nonNull(wrap(nonNull.getType(), named));
        }
        if (declared instanceof graphql.language.ListType list) {
            return GraphQLList.list(wrap(list.getType(), named));
        }
        return named;
    }

    private static AbortExecutionException refusal(
            String kind, String path, String scalar, SourceLocation at) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", ErrorCode.BAD_USER_INPUT.name());
        extensions.put("field", path);
        return new AbortExecutionException(
                List.of(
                        new ShapedError(
                                kind
                                        + " '"
                                        + path
                                        + "' has an invalid value: expected "
                                        + expected(scalar),
                                at == null ? null : List.of(at),
                                null,
                                extensions)));
    }

    private static String expected(String scalar) {
        return switch (scalar) {
            case "Int" -> "Int, a whole number from -2147483648 to 2147483647";
            case "ID" -> "ID, a string or a whole number";
            case "BigDecimal" -> "BigDecimal, a number or a decimal string";
            case "DateTime" ->
                "DateTime, an ISO-8601 date and time with an offset (2026-11-20T10:15:00+02:00)";
            default -> scalar;
        };
    }
}
