package org.zhuqi.account;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.shared.Viewer;

/**
 * {@code /account/password}: any signed-in user changes their own password.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private static final String FORM = "account/password";

	private final AccountPasswords passwords;

	PasswordController(AccountPasswords passwords) {
		this.passwords = passwords;
	}

	@GetMapping
	String initForm(Model model) {
		model.addAttribute("change", new PasswordForm());
		return FORM;
	}

	@PostMapping
	String processForm(@Valid @ModelAttribute("change") PasswordForm form, BindingResult result, Viewer viewer,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			passwords.change(viewer, form);
		}
		catch (PasswordRejectedException ex) {
			ex.rejections()
				.forEach(rejection -> result.rejectValue(rejection.field(), rejection.code(),
						PasswordPolicy.MESSAGE_ARGUMENTS, rejection.code()));
			return FORM;
		}
		redirect.addFlashAttribute("message", "account.password.changed");
		return "redirect:/account/password";
	}

}
