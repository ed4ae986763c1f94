package org.zhuqi.demand.problem;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;

/**
 * Runs the save action of a submitted form of the demand pages when Bean Validation passed, and turns the
 * domain's refusals into errors shown on the form: a {@link RejectedFieldException} beside its field, a refused
 * action (e.g. a state that no longer allows it) and a concurrent edit as form-wide messages. (The directory
 * keeps its own copy inside its module; module internals are not shared.)
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	/** The saved result, or empty when the form has errors (then render the form again). */
	public static <T> Optional<T> attempt(BindingResult result, Supplier<T> save) {
		return attempt(result, "form.conflict", save);
	}

	/** As {@link #attempt(BindingResult, Supplier)}, telling of a concurrent edit with the given message code. */
	public static <T> Optional<T> attempt(BindingResult result, String conflictCode, Supplier<T> save) {
		if (result.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(save.get());
		}
		catch (RejectedFieldException ex) {
			result.rejectValue(ex.field(), ex.code(), ex.arguments(), ex.code());
		}
		catch (RefusedActionException ex) {
			result.reject(ex.code(), ex.arguments(), ex.code());
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject(conflictCode);
		}
		return Optional.empty();
	}

}
