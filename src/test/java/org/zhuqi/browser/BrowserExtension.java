package org.zhuqi.browser;

import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriverException;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each test method of a {@link BrowserTest} its own {@link Browser} (desktop size, fresh profile) on the
 * application's random port, saves a screenshot and the page source when the test fails, and closes the
 * browser afterwards. Without {@code /usr/bin/chromium} the tests are skipped, unless
 * {@code ZHUQI_BROWSER_REQUIRED=true} (as {@code .ci/run} sets it) makes that a failure.
 */
class BrowserExtension implements BeforeAllCallback, ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		boolean present = Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER);
		String message = "browser tests need Debian's chromium and chromium-driver (" + Browser.CHROMIUM + ", "
				+ Browser.CHROMEDRIVER + "): apt-get install -y chromium chromium-driver";
		if (!present && "true".equalsIgnoreCase(System.getenv("ZHUQI_BROWSER_REQUIRED"))) {
			throw new IllegalStateException(message);
		}
		Assumptions.assumeTrue(present, message);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getStore(NAMESPACE).computeIfAbsent(Browser.class, type -> start(context), Browser.class);
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
		if (browser != null && context.getExecutionException().isPresent()) {
			String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
			try {
				browser.saveArtifacts(name);
			}
			catch (WebDriverException | UncheckedIOException ex) {
				context.publishReportEntry("browser-artifacts", "could not save " + name + ": " + ex.getMessage());
			}
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser != null) {
			browser.close();
		}
	}

	private static Browser start(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		return Browser.start("http://127.0.0.1:" + port, Viewport.DESKTOP);
	}

}
