package org.zhuqi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One year of the calendar as the admin page shows it: twelve month grids (weeks from Monday to Sunday),
 * the year's holidays and make-up workdays, and how many days are worked.
 * <p>
 * Weekend days inside a holiday break have no row of their own (they rest anyway) but are shown with the
 * break's name: a run of rest days takes the name of the first holiday in it, so 2025-02-01 and 02-02 read
 * 春节 like the weekdays of that break.
 *
 * @param year the year
 * @param months January to December
 * @param marks the year's rows of {@code calendar_day}, in date order
 * @param workingDays how many days of the year are worked
 * @param holidays how many weekdays are holidays
 * @param makeUpDays how many weekend days are worked
 */
record CalendarYear(int year, List<Month> months, List<CalendarDay> marks, int workingDays, int holidays,
		int makeUpDays) {

	/** Days before and after the year whose marks can name a break that crosses New Year. */
	private static final int MARGIN = 14;

	/**
	 * One month: its first day and its weeks, each seven cells from Monday; cells of neighbouring months are
	 * {@code null}.
	 */
	record Month(LocalDate first, List<List<Day>> weeks) {
	}

	/**
	 * One day of a month grid.
	 * @param date the date
	 * @param working whether it is worked
	 * @param kind its mark, or {@code null} when it follows the weekday rule
	 * @param name the holiday it has or lies in, or {@code null}
	 * @param today whether it is today in the district
	 */
	record Day(LocalDate date, boolean working, DayKind kind, String name, boolean today) {

		public boolean weekend() {
			return WorkingDays.weekend(date);
		}

		/** The CSS class of the cell: {@code holiday}, {@code makeup}, {@code rest} or {@code work}. */
		public String style() {
			if (kind == DayKind.HOLIDAY || (!working && name != null)) {
				return "holiday";
			}
			if (kind == DayKind.WORKDAY) {
				return "makeup";
			}
			return working ? "work" : "rest";
		}

	}

	/**
	 * Builds the year from the rows of {@code calendar_day} between two weeks before and after it (see
	 * {@link CalendarDays#between}, more is fine).
	 */
	static CalendarYear of(int year, List<CalendarDay> rows, LocalDate today) {
		Map<LocalDate, DayKind> kinds = new HashMap<>();
		Map<LocalDate, String> names = new HashMap<>();
		for (CalendarDay row : rows) {
			kinds.put(row.day(), row.kind());
			names.put(row.day(), row.name());
		}
		WorkingDays days = WorkingDays.of(kinds);
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		Map<LocalDate, String> breakNames = breakNames(days, kinds, names, first.minusDays(MARGIN),
				last.plusDays(MARGIN));
		List<Month> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			months.add(month(YearMonth.of(year, month), days, kinds, breakNames, today));
		}
		List<CalendarDay> marks = rows.stream().filter(row -> row.day().getYear() == year).toList();
		int holidays = (int) marks.stream()
			.filter(row -> row.kind() == DayKind.HOLIDAY && !WorkingDays.weekend(row.day()))
			.count();
		int makeUps = (int) marks.stream()
			.filter(row -> row.kind() == DayKind.WORKDAY && WorkingDays.weekend(row.day()))
			.count();
		return new CalendarYear(year, months, marks, days.workingDaysBetween(first.minusDays(1), last), holidays,
				makeUps);
	}

	/** The name each day shows: its own mark's, else that of the holiday in its run of rest days. */
	private static Map<LocalDate, String> breakNames(WorkingDays days, Map<LocalDate, DayKind> kinds,
			Map<LocalDate, String> names, LocalDate from, LocalDate to) {
		Map<LocalDate, String> shown = new HashMap<>(names);
		List<LocalDate> run = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to.plusDays(1)); day = day.plusDays(1)) {
			if (!day.isAfter(to) && !days.isWorkingDay(day)) {
				run.add(day);
				continue;
			}
			String name = run.stream()
				.filter(d -> kinds.get(d) == DayKind.HOLIDAY)
				.map(names::get)
				.findFirst()
				.orElse(null);
			if (name != null) {
				run.forEach(d -> shown.putIfAbsent(d, name));
			}
			run.clear();
		}
		return shown;
	}

	private static Month month(YearMonth month, WorkingDays days, Map<LocalDate, DayKind> kinds,
			Map<LocalDate, String> names, LocalDate today) {
		List<List<Day>> weeks = new ArrayList<>();
		List<Day> week = new ArrayList<>();
		int leading = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
		for (int i = 0; i < leading; i++) {
			week.add(null);
		}
		for (int dayOfMonth = 1; dayOfMonth <= month.lengthOfMonth(); dayOfMonth++) {
			LocalDate date = month.atDay(dayOfMonth);
			week.add(new Day(date, days.isWorkingDay(date), kinds.get(date), names.get(date), date.equals(today)));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(null);
			}
			weeks.add(week);
		}
		return new Month(month.atDay(1), weeks);
	}

}
