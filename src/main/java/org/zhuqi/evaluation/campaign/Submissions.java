package org.zhuqi.evaluation.campaign;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;

/**
 * Runs what a campaign page submitted and turns the domain's refusals into errors on the form: a rejected
 * field beside that field, a refused action or a concurrent edit ({@code form.conflict}) above the form. (Each
 * module keeps its own small copy; module internals are not shared.)
 */
final class Submissions {

	private Submissions() {
	}

	/** The saved result, or empty when the form has errors (then render the form again). */
	static <T> Optional<T> attempt(BindingResult result, Supplier<T> save) {
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
			result.reject("form.conflict");
		}
		return Optional.empty();
	}

}
