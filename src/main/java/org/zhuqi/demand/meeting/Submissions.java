package org.zhuqi.demand.meeting;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;

/**
 * Runs what a meeting page submitted and turns the domain's refusals into something the page can show: on a
 * full form, a rejected field beside that field and a refused action or a concurrent edit
 * ({@code form.conflict}) above the form; on the small one-field forms (a progress note, the minutes), one
 * message for the page the browser is sent back to.
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

	/** Runs the action; what refused it, as a message to resolve in the user's language, or empty if it ran. */
	static Optional<MessageSourceResolvable> refusal(Runnable action) {
		try {
			action.run();
			return Optional.empty();
		}
		catch (RejectedFieldException ex) {
			return Optional.of(new DefaultMessageSourceResolvable(new String[] { ex.code() }, ex.arguments()));
		}
		catch (RefusedActionException ex) {
			return Optional.of(new DefaultMessageSourceResolvable(new String[] { ex.code() }, ex.arguments()));
		}
		catch (OptimisticLockingFailureException ex) {
			return Optional.of(new DefaultMessageSourceResolvable("form.conflict"));
		}
	}

}
