package org.zhuqi.directory.reference;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A well-formed unified social credit code; a wrong check character is reported with the expected one.
 * Blank values pass (combine with {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = UsccValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidUscc {

	String message() default "{uscc.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
