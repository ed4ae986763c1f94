package org.zhuqi.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.zhuqi.shared.Viewer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api/v1}: HTTP Basic for every call, and the signed-in {@link Viewer} kept
 * out of the parameters (it comes from the credentials, not from the request).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Viewer.class);
	}

	@Bean
	OpenAPI zhuqiOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Zhuqi 助企 API")
				.version("v1")
				.description("Enterprise directory, departments, liaison cadres and more. Errors are RFC 9457 "
						+ "problem details; invalid fields are listed under 'errors'.")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
