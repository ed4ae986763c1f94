package org.zhuqi.system;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;

/**
 * Runs what a page submitted and turns the domain's refusals into something the page can show, so that page
 * controllers of every module are free of the same try/catch: on a full form, a {@link RejectedFieldException}
 * beside its field and a {@link RefusedActionException} or a concurrent edit ({@code form.conflict}) above the
 * form; on the small one-button forms, one message for the page the browser is sent back to.
 */
public final class FormSubmission {

	/** The message code of a concurrent edit, unless a caller names its own. */
	public static final String CONFLICT = "form.conflict";

	private FormSubmission() {
	}

	/** The saved result, or empty when the form has errors (then render the form again). */
	public static <T> Optional<T> attempt(BindingResult result, Supplier<T> save) {
		return attempt(result, CONFLICT, save);
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

	/** Runs the action; what refused it, as a message to resolve in the user's language, or empty if it ran. */
	public static Optional<MessageSourceResolvable> refusal(Runnable action) {
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
			return Optional.of(new DefaultMessageSourceResolvable(CONFLICT));
		}
	}

}
