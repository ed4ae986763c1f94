package org.zhuqi.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the service centre enters to mark a day: the date, whether it is a holiday (放假) or a make-up
 * workday (调休上班), and the holiday it belongs to. Bean Validation checks the shape;
 * {@link CalendarAdministration} checks that the mark changes anything.
 */
class CalendarDayForm {

	static final int NAME_MAX = 50;

	@NotNull(message = "{calendar.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull(message = "{calendar.kind.required}")
	private DayKind kind;

	@NotBlank(message = "{calendar.name.required}")
	@Size(max = NAME_MAX, message = "{calendar.name.tooLong}")
	private String name;

	/** The form for a day as it stands: its mark if it has one, else the mark that would change it. */
	static CalendarDayForm of(LocalDate date, CalendarDay existing) {
		CalendarDayForm form = new CalendarDayForm();
		form.date = date;
		if (existing != null) {
			form.kind = existing.kind();
			form.name = existing.name();
		}
		else {
			form.kind = WorkingDays.weekend(date) ? DayKind.WORKDAY : DayKind.HOLIDAY;
		}
		return form;
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public DayKind getKind() {
		return kind;
	}

	public void setKind(DayKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
