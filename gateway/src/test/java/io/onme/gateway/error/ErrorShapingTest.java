package io.onme.gateway.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.NonNullableFieldWasNullException;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLNonNull;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;

/**
 * The parts of the error shaping that the gateway's own checks now keep requests from reaching
 * (InputValues refuses first), kept as the safety net they are: graphql-java's and SmallRye's words
 * rewritten, a conversion failure in a resolver the caller's, a null-bubbling error dropped when
 * another explains it.
 */
class ErrorShapingTest {

    @Test
    void graphqlJavasAndSmallRyesValidationWordsAreRewritten() {
        Map<String, String> rewritten = Map.of(
                "Validation error (WrongType@[encounters]) : argument 'first' with value 'StringValue{value='abc'}' is "
                        + "not a valid 'Int' - SRGQL000022: Can not parse a number from [StringValue{value='abc'}]",
                "Argument 'first' is not a valid 'Int' (at encounters)",
                "Validation error (WrongType@[logEncounter]) : argument 'input' with value 'ObjectValue{objectFields="
                        + "[ObjectField{name='reflection', value=StringValue{value='x'}}]}' is missing required fields "
                        + "'[customer, occurredAt, outcome]'",
                "Argument 'input' is missing required fields '[customer, occurredAt, outcome]' (at logEncounter)",
                "Validation error (WrongType@[analyzeReflection]) : argument 'language' with value "
                        + "'EnumValue{name='FR'}' is not a valid 'Language' - Literal value not in allowable values for "
                        + "enum 'Language' - 'EnumValue{name='FR'}'",
                "Argument 'language' is not a valid 'Language' (at analyzeReflection)",
                "argument 'from' with value 'StringValue{value='yesterday'}' is not a valid 'Unknown Scalar Type "
                        + "[java.time.OffsetDateTime]'",
                "Argument 'from' is not a valid 'DateTime'",
                "Validation error (BadValueForDefaultArg@[]) : Bad default value 'StringValue{value='x'}' for type 'Int'",
                "Bad default value for type 'Int'",
                "Variable 'i' has an invalid value: Variable 'i' has coerced Null value for NonNull type 'ID!'",
                "Variable 'i' must not be null (ID!)",
                "Variable 't' has an invalid value: Expected a String input, but it was a 'BigDecimal'",
                "Variable 't' has an invalid value: expected String",
                "Variable 'input' has an invalid value: Expected type [DateTime] but was [BigDecimal].",
                "Variable 'input' has an invalid value: expected DateTime");
        rewritten.forEach(
                (engine, client) -> assertEquals(client, ErrorShaping.clientSafe(engine), engine));
        assertEquals(
                "first",
                ClientMessages.fieldOf(
                        "Validation error (WrongType@[encounters]) : argument 'first' "
                                + "with value 'IntValue{value=3}' is not a valid 'Int'"));
        assertEquals(
                "id",
                ClientMessages.fieldOf(
                        "Null value for non-null field argument 'id' (at playbook)"));
    }

    @Test
    void anArgumentSmallRyeCannotConvertInAResolverIsTheCallers() {
        GraphQLError shaped = ErrorShaping.shape(
                new ExceptionWhileDataFetching(
                        ResultPath.parse("/encounters"),
                        new CoercingParseLiteralException(
                                "SRGQL000021: Can not parse a integer from [1.5]"),
                        new SourceLocation(1, 3)));

        assertEquals("BAD_USER_INPUT", shaped.getExtensions().get("code"));
        assertEquals(
                "An argument of encounters has a value its type does not accept",
                shaped.getMessage());
    }

    @Test
    void aNullExplainedByAnotherErrorIsNotReportedAgainAndAnUnexplainedOneIsInternal() {
        GraphQLError refused = ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.WrongType)
                .sourceLocation(new SourceLocation(1, 14))
                .description(
                        "argument 'filter' with value 'ObjectValue{}' is not a valid 'EncounterFilter'")
                .build();
        GraphQLError nulled = nullBubbled("/encounters");

        ExecutionResult explained = new ErrorShaping().shaped(new ExecutionResultImpl(List.of(refused, nulled)));
        assertEquals(1, explained.getErrors().size(), explained.getErrors().toString());
        assertEquals("BAD_USER_INPUT", explained.getErrors().get(0).getExtensions().get("code"));

        ExecutionResult alone = new ErrorShaping().shaped(new ExecutionResultImpl(List.of(nulled)));
        assertEquals("INTERNAL", alone.getErrors().get(0).getExtensions().get("code"));
        assertFalse(alone.getErrors().get(0).getMessage().contains("non null"));
    }

    private static GraphQLError nullBubbled(String path) {
        ExecutionStepInfo field = ExecutionStepInfo.newExecutionStepInfo()
                .type(GraphQLNonNull.nonNull(Scalars.GraphQLString))
                .path(ResultPath.parse(path))
                .build();
        return new NonNullableFieldWasNullError(
                new NonNullableFieldWasNullException(field, ResultPath.parse(path)));
    }
}
