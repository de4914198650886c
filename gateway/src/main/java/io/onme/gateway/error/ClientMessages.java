package io.onme.gateway.error;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * graphql-java's and SmallRye's messages for a request they refuse, rewritten for clients. They
 * print an argument's value as its syntax tree ({@code 'StringValue{value='abc'}'}, {@code
 * 'ObjectValue{objectFields=...}'}), append what the scalar said ({@code - SRGQL000022: Can not
 * parse a number from [...]}, {@code Expected an AST type of 'EnumValue'}), name validation rules
 * ({@code Validation error (WrongType@[encounters]) :}) and, for SmallRye's own types, Java classes
 * ({@code Unknown Scalar Type [java.time.OffsetDateTime]}). What stays is the sentence about the
 * argument or variable and where it is: {@code Argument 'first' is not a valid 'Int' (at
 * encounters)}.
 */
final class ClientMessages {

    private static final Pattern VALIDATION_PREFIX = Pattern
            .compile("^Validation [eE]rror \\((\\w+)(?:@\\[([^\\]]*)\\])?\\)\\s*:\\s*");

    /** The value as printed between "with value '" and the rule's own words. */
    private static final Pattern VALUE = Pattern.compile(
            " with value '.*' (is not a valid|must not be null|"
                    + "must be an object type|is missing required fields|contains a field not in)",
            Pattern.DOTALL);

    private static final Pattern AFTER_TYPE = Pattern.compile("(is not a valid '[^']*') - .*$", Pattern.DOTALL);
    private static final Pattern BAD_DEFAULT = Pattern.compile("Bad default value '.*' for type", Pattern.DOTALL);
    private static final Pattern SMALLRYE_TYPE = Pattern.compile("Unknown Scalar Type \\[(?:[\\w$]+\\.)*(\\w+)\\]");
    private static final Pattern SMALLRYE_CODE = Pattern.compile("SRGQL\\d+: ");
    private static final Pattern SMALLRYE_PARSE = Pattern.compile("Can not parse an? (\\w+) from \\[.*\\]", Pattern.DOTALL);

    /**
     * graphql-java's and SmallRye's words for a value of the wrong kind, which name the Java class
     * it arrived as.
     */
    private static final Pattern WRONG_KIND = Pattern.compile(
            "Expected type \\[(\\w+)\\] but was \\[[^\\]]*\\]\\.?"
                    + "|Expected an? (\\w+) input, but it was an? '[^']*'"
                    + "|Expected a value that can be converted to type '(\\w+)' but it was an? '[^']*'");

    private static final Pattern NULL_VARIABLE = Pattern.compile(
            "^Variable '(\\w+)' has an invalid value: Variable '\\1' has coerced Null value for NonNull type '([^']+)'$");
    private static final Pattern NAMED = Pattern.compile("\\b(?:[Aa]rgument|Variable) '([\\w.\\[\\]]+)'");

    private ClientMessages() {
    }

    static String rewrite(String message) {
        String text = message.strip();
        Matcher prefix = VALIDATION_PREFIX.matcher(text);
        boolean validation = prefix.find();
        String at = validation ? prefix.group(2) : null;
        if (validation) {
            text = text.substring(prefix.end());
        }
        text = VALUE.matcher(text).replaceFirst(" $1");
        text = AFTER_TYPE.matcher(text).replaceFirst("$1");
        text = BAD_DEFAULT.matcher(text).replaceFirst("Bad default value for type");
        text = SMALLRYE_TYPE.matcher(text).replaceAll(type -> scalarName(type.group(1)));
        text = SMALLRYE_CODE.matcher(text).replaceAll("");
        text = SMALLRYE_PARSE.matcher(text).replaceAll("not a valid $1");
        text = WRONG_KIND
                .matcher(text)
                .replaceAll(
                        kind -> "expected "
                                + (kind.group(1) != null
                                        ? kind.group(1)
                                        : kind.group(2) != null
                                                ? kind.group(2)
                                                : kind.group(3)));
        Matcher nullVariable = NULL_VARIABLE.matcher(text);
        if (nullVariable.matches()) {
            text = "Variable '"
                    + nullVariable.group(1)
                    + "' must not be null ("
                    + nullVariable.group(2)
                    + ")";
        }
        if (!validation) {
            // SmallRye reports an argument it could not convert without graphql-java's prefix
            return text.startsWith("argument '") ? "A" + text.substring(1) : text;
        }
        text = text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return at == null || at.isBlank() ? text : text + " (at " + at.replace(", ", "/") + ")";
    }

    /**
     * The argument or variable a refusal is about ({@code filter.outcome}, {@code first}), when it
     * names one.
     */
    static String fieldOf(String message) {
        if (message == null) {
            return null;
        }
        String text = VALIDATION_PREFIX.matcher(message.strip()).replaceFirst("");
        Matcher named = NAMED.matcher(text);
        return named.find() ? named.group(1) : null;
    }

    /**
     * SmallRye names its own scalars by their Java class; the gateway's schema calls OffsetDateTime
     * DateTime.
     */
    private static String scalarName(String javaName) {
        return javaName.equals("OffsetDateTime") ? "DateTime" : javaName;
    }
}
