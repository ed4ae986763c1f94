package org.zhuqi.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * {@code /admin/calendar?year=2026}: the service centre's page of the working-day calendar — a year of month
 * grids with holidays and make-up workdays, the list of the year's marks, a form to mark a day (a click on a
 * day fills it in, {@code &date=}) and to return it to the weekday rule, with the day's history. Warns when
 * this or next year has no holidays entered yet.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarController {

	private static final String PAGE = "calendar/calendar";

	private static final String FORM = "calendarDay";

	private final CalendarAdministration administration;

	private final CalendarDays days;

	private final WorkingCalendar calendar;

	private final AuditLog audit;

	CalendarController(CalendarAdministration administration, CalendarDays days, WorkingCalendar calendar,
			AuditLog audit) {
		this.administration = administration;
		this.days = days;
		this.calendar = calendar;
		this.audit = audit;
	}

	@GetMapping
	String show(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Viewer viewer, Model model) {
		CalendarAdministration.requireAdmin(viewer);
		CalendarDayForm form = date == null ? new CalendarDayForm()
				: CalendarDayForm.of(date, days.find(date).orElse(null));
		int shown = year != null ? year : date != null ? date.getYear() : calendar.today().getYear();
		model.addAttribute(FORM, form);
		return page(shown, form, model);
	}

	@PostMapping
	String mark(@Valid @ModelAttribute(FORM) CalendarDayForm form, BindingResult result, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		CalendarAdministration.requireAdmin(viewer);
		if (!result.hasErrors()) {
			try {
				CalendarAdministration.Outcome outcome = administration.set(form, viewer);
				redirect.addFlashAttribute("message",
						outcome == CalendarAdministration.Outcome.UNCHANGED ? "calendar.unchanged" : "calendar.saved");
				return redirectTo(form.getDate());
			}
			catch (RejectedFieldException ex) {
				result.rejectValue(ex.field(), ex.code(), ex.arguments(), ex.code());
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("form.conflict");
			}
		}
		int shown = form.getDate() != null ? form.getDate().getYear() : calendar.today().getYear();
		return page(shown, form, model);
	}

	@PostMapping("/remove")
	String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Viewer viewer,
			RedirectAttributes redirect) {
		boolean removed = administration.remove(date, viewer);
		redirect.addFlashAttribute("message", removed ? "calendar.removed" : "calendar.nothingToRemove");
		return redirectTo(date);
	}

	private String page(int requestedYear, CalendarDayForm form, Model model) {
		int year = Math.max(CalendarAdministration.FIRST_YEAR, Math.min(CalendarAdministration.LAST_YEAR, requestedYear));
		LocalDate today = calendar.today();
		List<CalendarDay> rows = days.between(LocalDate.of(year - 1, 12, 1), LocalDate.of(year + 1, 1, 31));
		model.addAttribute("calendar", CalendarYear.of(year, rows, today));
		model.addAttribute("kinds", DayKind.values());
		model.addAttribute("missingYears", IntStream.rangeClosed(today.getYear(), today.getYear() + 1)
			.filter(y -> !calendar.hasHolidays(y))
			.boxed()
			.toList());
		model.addAttribute("previousYear", year > CalendarAdministration.FIRST_YEAR ? year - 1 : null);
		model.addAttribute("nextYear", year < CalendarAdministration.LAST_YEAR ? year + 1 : null);
		LocalDate selected = form.getDate();
		boolean marked = selected != null && days.find(selected).isPresent();
		model.addAttribute("selectedMarked", marked);
		model.addAttribute("history", selected == null ? List.of()
				: audit.history(CalendarAdministration.AUDIT_TYPE, CalendarAdministration.subjectId(selected), 20));
		return PAGE;
	}

	private static String redirectTo(LocalDate date) {
		return "redirect:" + UriComponentsBuilder.fromPath("/admin/calendar")
			.queryParam("year", date.getYear())
			.queryParam("date", date)
			.fragment("edit")
			.build()
			.toUriString();
	}

}
