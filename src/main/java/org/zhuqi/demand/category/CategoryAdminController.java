package org.zhuqi.demand.category;

import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

/**
 * {@code /admin/demand-categories}: the centre keeps the list of problem categories (诉求类别) and their clocks:
 * the list with its change history, and the forms to add and edit a category.
 */
@Controller
@RequestMapping("/admin/demand-categories")
class CategoryAdminController {

	private static final String FORM = "demand/category-form";

	private static final int HISTORY = 50;

	private final CategoryEditor editor;

	private final AuditLog audit;

	CategoryAdminController(CategoryEditor editor, AuditLog audit) {
		this.editor = editor;
		this.audit = audit;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("categories", editor.all());
		model.addAttribute("history", audit.history(CategoryEditor.AUDIT_TYPE, CategoryEditor.AUDIT_ID, HISTORY));
		return "demand/categories";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		CategoryForm form = new CategoryForm();
		form.setSortOrder(editor.nextSortOrder());
		model.addAttribute("category", form);
		return FORM;
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("category") CategoryForm form, BindingResult result,
			Viewer viewer, RedirectAttributes redirect) {
		if (FormSubmission.attempt(result, () -> editor.add(form, viewer)).isPresent()) {
			redirect.addFlashAttribute("message", "form.saved");
			return "redirect:/admin/demand-categories";
		}
		return FORM;
	}

	@GetMapping("/{code}/edit")
	String initUpdateForm(@PathVariable String code, Model model) {
		model.addAttribute("category", CategoryForm.of(editor.get(code)));
		model.addAttribute("editing", code);
		return FORM;
	}

	/** The form to bind a submission to; when editing, its code comes from the address, never from the form. */
	@ModelAttribute("category")
	CategoryForm category(@PathVariable Optional<String> code) {
		CategoryForm form = new CategoryForm();
		code.ifPresent(form::setCode);
		return form;
	}

	@InitBinder("category")
	void guard(WebDataBinder binder, @PathVariable Optional<String> code) {
		if (code.isPresent()) {
			binder.setDisallowedFields("code");
		}
	}

	@PostMapping("/{code}/edit")
	String processUpdateForm(@PathVariable String code, @Valid @ModelAttribute("category") CategoryForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (FormSubmission.attempt(result, () -> editor.revise(code, form, viewer)).isPresent()) {
			redirect.addFlashAttribute("message", "form.saved");
			return "redirect:/admin/demand-categories";
		}
		model.addAttribute("editing", code);
		return FORM;
	}

}
