package org.zhuqi.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Serves static files from their own paths only ({@code spring.web.resources.add-mappings=false} switches off
 * Boot's catch-all {@code /**} handler). With the catch-all, every link a page renders, such as
 * {@code /enterprises/42}, was first looked up as a file inside the jar, which cost most of a page's time.
 * WebJars are addressed without their version ({@code /webjars/htmx.org/dist/htmx.min.js}).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl ownFiles = CacheControl.maxAge(Duration.ofHours(1));
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").setCacheControl(ownFiles);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").setCacheControl(ownFiles);
		registry.addResourceHandler("/img/**").addResourceLocations("classpath:/static/img/").setCacheControl(ownFiles);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)))
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
