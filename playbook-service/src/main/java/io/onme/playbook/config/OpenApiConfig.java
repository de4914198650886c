package io.onme.playbook.config;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The OpenAPI document's header and the bearer scheme every endpoint uses. */
@OpenAPIDefinition(info = @Info(title = "OnMe playbook-service", version = "0.1.0", description = "Customer archetypes and playbooks: built-ins, tenant library, team playbooks, "
        + "versions, search and suggestions."))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class OpenApiConfig extends Application {
}
