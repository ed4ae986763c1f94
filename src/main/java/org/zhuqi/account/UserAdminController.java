package org.zhuqi.account;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * {@code /admin/users}: the service centre's account list (search, role and state filters, paging; htmx swaps
 * only the results), an account's detail and history, disabling, enabling, password resets and its e-mail
 * address. Opening accounts is {@link NewUserController}.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String DETAIL = "admin/user";

	private final UserAdministration administration;

	private final UserQueries queries;

	private final RoleChoices roles;

	private final AuditLog audit;

	UserAdminController(UserAdministration administration, UserQueries queries, RoleChoices roles, AuditLog audit) {
		this.administration = administration;
		this.queries = queries;
		this.roles = roles;
		this.audit = audit;
	}

	@GetMapping
	String list(UserFilter filter, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		model.addAttribute("page", queries.search(filter, viewer, pageable));
		model.addAttribute("filter", filter);
		if (htmx != null) {
			return "admin/users :: results";
		}
		model.addAttribute("roles", roles.all(locale));
		return "admin/users";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Viewer viewer, Model model) {
		UserRow user = queries.find(id, viewer)
			.orElseThrow(() -> new RecordNotFoundException(UserAdministration.AUDIT_TYPE, id));
		model.addAttribute("user", user);
		model.addAttribute("history", audit.history(UserAdministration.AUDIT_TYPE, id, 50));
		if (!model.containsAttribute("reset")) {
			model.addAttribute("reset", new PasswordResetForm());
		}
		if (!model.containsAttribute("contact")) {
			EmailForm contact = new EmailForm();
			contact.setEmail(user.email());
			model.addAttribute("contact", contact);
		}
		return DETAIL;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, Viewer viewer, RedirectAttributes redirect) {
		return changeState(id, redirect, "user.disabled", () -> administration.disable(id, viewer));
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, Viewer viewer, RedirectAttributes redirect) {
		return changeState(id, redirect, "user.enabled", () -> administration.enable(id, viewer));
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @ModelAttribute("reset") PasswordResetForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect) {
		try {
			String generated = administration.resetPassword(id, form, viewer);
			redirect.addFlashAttribute("message", "user.password.reset");
			redirect.addFlashAttribute("issuedPassword", generated);
			return "redirect:/admin/users/" + id;
		}
		catch (RejectedFieldException ex) {
			result.rejectValue(ex.field(), ex.code(), ex.arguments(), ex.code());
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("form.conflict");
		}
		return show(id, viewer, model);
	}

	@PostMapping("/{id}/email")
	String changeEmail(@PathVariable long id, @Valid @ModelAttribute("contact") EmailForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				administration.changeEmail(id, form, viewer);
				redirect.addFlashAttribute("message", "user.email.changed");
				return "redirect:/admin/users/" + id;
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("form.conflict");
			}
		}
		return show(id, viewer, model);
	}

	private String changeState(long id, RedirectAttributes redirect, String done, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (UserChangeRefusedException ex) {
			redirect.addFlashAttribute("refusal", ex.code());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("refusal", "form.conflict");
		}
		return "redirect:/admin/users/" + id;
	}

}
