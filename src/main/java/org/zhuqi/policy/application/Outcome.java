package org.zhuqi.policy.application;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message of a small action form (withdraw, approve, publish ...) for the page the browser is sent back to:
 * the refusal in the user's language as {@code problem}, or the success message code as {@code message}.
 */
final class Outcome {

	private Outcome() {
	}

	static boolean flash(RedirectAttributes redirect, MessageSource messages, Locale locale,
			Optional<MessageSourceResolvable> refusal, String done) {
		if (refusal.isPresent()) {
			redirect.addFlashAttribute("problem", messages.getMessage(refusal.get(), locale));
			return false;
		}
		redirect.addFlashAttribute("message", done);
		return true;
	}

	/** The first error of an invalid small form, in the user's language. */
	static void invalid(RedirectAttributes redirect, MessageSource messages, Locale locale, BindingResult result) {
		redirect.addFlashAttribute("problem", messages.getMessage(result.getAllErrors().get(0), locale));
	}

}
