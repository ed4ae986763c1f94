package org.zhuqi.account;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * {@code /admin/users/new}: the service centre opens an account. The binding field follows the chosen role
 * (htmx swaps it in; without script the form shows it after the first submit): a department from a select,
 * a cadre or an enterprise found through a search box.
 */
@Controller
@RequestMapping("/admin/users")
class NewUserController {

	private static final String FORM = "admin/user-form";

	private static final int CHOICES = 20;

	private final UserAdministration administration;

	private final Directory directory;

	private final RoleChoices roles;

	NewUserController(UserAdministration administration, Directory directory, RoleChoices roles) {
		this.administration = administration;
		this.directory = directory;
		this.roles = roles;
	}

	@GetMapping("/new")
	String initCreationForm(Model model, Locale locale) {
		NewUserForm form = new NewUserForm();
		model.addAttribute("user", form);
		addChoices(form, model, locale);
		return FORM;
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("user") NewUserForm form, BindingResult result, Viewer viewer,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UserAdministration.Opened opened = administration.open(form, viewer);
				redirect.addFlashAttribute("message", "user.created");
				redirect.addFlashAttribute("issuedPassword", opened.generatedPassword());
				return "redirect:/admin/users/" + opened.id();
			}
			catch (RejectedFieldException ex) {
				result.rejectValue(ex.field(), ex.code(), ex.arguments(), ex.code());
			}
		}
		addChoices(form, model, locale);
		return FORM;
	}

	/** The binding field for the role just chosen. */
	@GetMapping("/binding")
	String binding(@ModelAttribute("user") NewUserForm form, Model model, Locale locale) {
		addChoices(form, model, locale);
		return FORM + " :: binding";
	}

	@GetMapping("/cadre-choices")
	String cadreChoices(@RequestParam(defaultValue = "") String cadreQuery, Model model) {
		model.addAttribute("cadres", cadreQuery.isBlank() ? List.of() : directory.searchCadres(cadreQuery, CHOICES));
		model.addAttribute("searched", !cadreQuery.isBlank());
		return FORM + " :: cadreChoices";
	}

	@GetMapping("/enterprise-choices")
	String enterpriseChoices(@RequestParam(defaultValue = "") String enterpriseQuery, Model model) {
		model.addAttribute("enterprises",
				enterpriseQuery.isBlank() ? List.of() : directory.searchEnterprises(enterpriseQuery, CHOICES));
		model.addAttribute("searched", !enterpriseQuery.isBlank());
		return FORM + " :: enterpriseChoices";
	}

	private void addChoices(NewUserForm form, Model model, Locale locale) {
		model.addAttribute("roles", roles.all(locale));
		model.addAttribute("departments", directory.activeDepartments()
			.stream()
			.map(department -> new Choice(String.valueOf(department.id()), department.name()))
			.toList());
		model.addAttribute("cadres",
				form.getCadreId() == null ? List.of() : directory.cadre(form.getCadreId()).stream().toList());
		model.addAttribute("enterprises", form.getEnterpriseId() == null ? List.of()
				: directory.enterprise(form.getEnterpriseId()).stream().toList());
	}

}
