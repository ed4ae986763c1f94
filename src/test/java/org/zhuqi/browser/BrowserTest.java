package org.zhuqi.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * Marks a real-browser test: starts the whole application on a random port with the {@code test} profile
 * (in-memory H2 with demo data, or the database {@code SPRING_DATASOURCE_URL} names) and hands each test
 * method a fresh headless Chromium as a {@link Browser} parameter. Name such classes {@code *BrowserTests}
 * so that failsafe runs them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

}
