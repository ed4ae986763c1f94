package org.zhuqi.demand.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

/**
 * The centre's form to record a coordination meeting or edit one: date, title, convening and attending
 * departments, the agenda of key problems chosen with a live search (htmx swaps only the choices), and the
 * minutes.
 */
@Controller
class MeetingFormController {

	private static final String FORM = "demand/meeting/meeting-form";

	/** How many key problems the agenda search offers at a time. */
	private static final int CANDIDATES = 10;

	private final MeetingService service;

	private final KeyProblemQueries problems;

	private final Directory directory;

	MeetingFormController(MeetingService service, KeyProblemQueries problems, Directory directory) {
		this.service = service;
		this.problems = problems;
		this.directory = directory;
	}

	@InitBinder("meeting")
	void guard(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/meetings/new")
	String initCreationForm(@RequestParam(required = false) Long demand, Viewer viewer, Model model) {
		MeetingAccess.requireManager(viewer);
		MeetingForm form = new MeetingForm();
		if (demand != null) {
			form.setAgenda(List.of(demand));
		}
		model.addAttribute("meeting", form);
		return form(form, model);
	}

	@PostMapping("/meetings/new")
	String processCreationForm(@Valid @ModelAttribute("meeting") MeetingForm form, BindingResult result, Viewer viewer,
			Model model, RedirectAttributes redirect) {
		MeetingAccess.requireManager(viewer);
		Optional<Meeting> saved = FormSubmission.attempt(result, () -> service.convene(form, viewer));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("message", "form.saved");
			return "redirect:/meetings/" + saved.get().getId();
		}
		return form(form, model);
	}

	@GetMapping("/meetings/{id}/edit")
	String initUpdateForm(@PathVariable long id, Viewer viewer, Model model) {
		MeetingForm form = MeetingForm.of(service.get(id, viewer));
		model.addAttribute("meeting", form);
		model.addAttribute("meetingId", id);
		return form(form, model);
	}

	@PostMapping("/meetings/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("meeting") MeetingForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect) {
		MeetingAccess.requireManager(viewer);
		if (FormSubmission.attempt(result, () -> service.revise(id, form, viewer)).isPresent()) {
			redirect.addFlashAttribute("message", "form.saved");
			return "redirect:/meetings/" + id;
		}
		model.addAttribute("meetingId", id);
		return form(form, model);
	}

	/** The agenda choices for a search: the problems already chosen, then key problems matching the text. */
	@GetMapping("/meetings/agenda")
	String agenda(@RequestParam(required = false) String agendaQ, @RequestParam(required = false) List<Long> agenda,
			Viewer viewer, Model model) {
		MeetingAccess.requireManager(viewer);
		agendaChoices(agendaQ, agenda == null ? List.of() : agenda, model);
		return FORM + " :: agendaChoices";
	}

	private String form(MeetingForm form, Model model) {
		model.addAttribute("departments", departments(form));
		agendaChoices(null, form.getAgenda(), model);
		return FORM;
	}

	private void agendaChoices(String text, List<Long> chosenIds, Model model) {
		List<AgendaCandidate> chosen = problems.chosen(chosenIds);
		model.addAttribute("chosen", chosen);
		model.addAttribute("candidates", problems.candidates(text, chosen.stream().map(AgendaCandidate::demandId).toList(),
				CANDIDATES));
		model.addAttribute("agendaQ", text);
	}

	/** The active departments, plus any the meeting names that has been deactivated since. */
	private List<DepartmentRef> departments(MeetingForm form) {
		List<DepartmentRef> departments = new ArrayList<>(directory.activeDepartments());
		Set<Long> named = new LinkedHashSet<>(form.getAttendingDepartmentIds());
		if (form.getConvenerDepartmentId() != null) {
			named.add(form.getConvenerDepartmentId());
		}
		departments.forEach(department -> named.remove(department.id()));
		named.stream()
			.filter(Objects::nonNull)
			.map(directory::department)
			.flatMap(Optional::stream)
			.forEach(departments::add);
		return departments;
	}

}
