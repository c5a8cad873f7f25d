package dk.virkning.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs and shown by Swagger UI. */
@Configuration
public class OpenApiConfiguration {

    @Bean
    OpenAPI virkningOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Virkning API")
                        .version("v1")
                        .description("Register initiatives against loneliness, their participants and "
                                + "questionnaire responses; read effect sizes, economy estimates and reports. "
                                + "Errors are RFC 9457 problem details.")
                        .license(new License().name("Open source")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal access token: POST /api/v1/users/{id}/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
