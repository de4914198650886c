package io.onme.support;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The error answers every operation can give, added to the OpenAPI document by one rule instead of
 * an annotation per endpoint: 401 (every operation needs a token), 400 (whatever takes a parameter
 * or a body: text rules, validation), 404 (whatever names a resource in its path), 500; each an
 * {@code application/problem+json} {@code Problem}. Answers particular to an operation (403, 409,
 * 201 …) are {@code @APIResponse}s on the resource method. The same rule in every service: each
 * names this class in {@code mp.openapi.filter}.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM = "Problem";
    private static final String AUTO_FORBIDDEN = "Not Allowed";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (path.getKey().startsWith("/q/")) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
                boolean takesInput = !parameters.isEmpty() || operation.getRequestBody() != null;
                boolean namesResource = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
                APIResponses responses = operation.getResponses() == null
                        ? OASFactory.createAPIResponses()
                        : operation.getResponses();
                operation.setResponses(responses);
                // Quarkus adds a 403 to every secured operation; these services answer 404 for what
                // a
                // caller may not see, and a 403 only where the method declares one
                if (responses.hasAPIResponse("403")
                        && AUTO_FORBIDDEN.equals(
                                responses.getAPIResponse("403").getDescription())) {
                    responses.removeAPIResponse("403");
                }
                if (takesInput) {
                    add(
                            responses,
                            "400",
                            "Invalid input: a text rule (invalid-text), a field rule (invalid-input) "
                                    + "or an unreadable body (unreadable-body)");
                }
                add(
                        responses,
                        "401",
                        "No valid bearer token, or one that breaks a token rule (unauthenticated)");
                if (namesResource) {
                    add(responses, "404", "Not found, or not visible to the caller (not-found)");
                }
                add(responses, "500", "A defect (internal)");
                // the operation's own error answers (403, 409, …) are problems too
                responses
                        .getAPIResponses()
                        .forEach(
                                (status, response) -> {
                                    if (status.startsWith("4") || status.startsWith("5")) {
                                        response.setContent(problemContent());
                                    }
                                });
            }
        }
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            responses.getAPIResponse(status).description(description).setContent(problemContent());
            return;
        }
        responses.addAPIResponse(
                status,
                OASFactory.createAPIResponse().description(description).content(problemContent()));
    }

    static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        ProblemType.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text)
                .addProperty("message", text);
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; type is https://onme.io/problems/<slug>")
                .addProperty("type", text)
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(fieldError))
                .required(List.of("type", "title", "status"));
    }
}
