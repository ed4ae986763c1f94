package org.zhuqi.demand.problem;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

/**
 * Every action form on a problem's page posts here, to {@code /demands/{id}/actions/{action}}: the form becomes
 * the action's {@link DemandCommand}, is validated like the JSON API body, and goes to the workflow with the
 * version the user saw. A refusal or a concurrent edit shows the page again, current, with the message and
 * with what the user typed (409), invalid input with the messages beside the fields (422); nothing is
 * overwritten.
 */
@Controller
class DemandActionController {

	static final String CONFLICT = "demand.conflict";

	private final DemandWorkflow workflow;

	private final DemandPage page;

	private final DepartmentChoices departments;

	private final SpringValidatorAdapter validator;

	DemandActionController(DemandWorkflow workflow, DemandPage page, DepartmentChoices departments,
			Validator validator) {
		this.workflow = workflow;
		this.page = page;
		this.departments = departments;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@PostMapping("/demands/{id:\\d+}/actions/{slug}")
	String act(@PathVariable long id, @PathVariable String slug, @ModelAttribute("actionForm") ActionForm form,
			BindingResult result, Viewer viewer, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		DemandAction action = DemandAction.ofSlug(slug).orElseThrow(() -> new RecordNotFoundException("action", slug));
		DemandCommand command = form.command(action);
		validator.validate(command, result);
		if (FormSubmission.attempt(result, CONFLICT, () -> workflow.act(id, form.getVersion(), command, viewer))
			.isPresent()) {
			redirect.addFlashAttribute("message", "demand.page.done");
			redirect.addFlashAttribute("doneAction", action);
			return "redirect:/demands/" + id;
		}
		response.setStatus(result.hasGlobalErrors() ? HttpStatus.CONFLICT.value()
				: HttpStatus.UNPROCESSABLE_CONTENT.value());
		page.fill(model, id, viewer, locale, form);
		model.addAttribute("failedAction", action);
		return DemandPage.VIEW;
	}

	/** The department picker of the routing form (交办), searched as the centre types. */
	@GetMapping("/demands/department-choices")
	String departmentChoices(@RequestParam(defaultValue = "") String departmentQuery,
			@ModelAttribute("actionForm") ActionForm form, Viewer viewer, Model model) {
		if (!viewer.isAdmin()) {
			throw new AccessDeniedException("only the service centre routes problems");
		}
		Set<Long> picked = new HashSet<>(form.getCoDepartmentIds());
		if (form.getLeadDepartmentId() != null) {
			picked.add(form.getLeadDepartmentId());
		}
		model.addAttribute("departments", departments.find(departmentQuery, picked));
		model.addAttribute("picked", form);
		return "demand/actions :: departmentChoices";
	}

}
