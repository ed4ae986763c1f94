package org.zhuqi.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The holidays and make-up workdays the platform ships, read straight from the Flyway migration that inserts
 * them (no database), for plain unit tests.
 */
final class ShippedCalendar {

	static final Path MIGRATION = Path.of("src", "main", "resources", "db", "migration", "common",
			"V4__working_calendar.sql");

	private static final Pattern ROW = Pattern
		.compile("\\(date '(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|WORKDAY)', '([^']+)', '[^']*', current_timestamp\\)");

	/** One shipped row. */
	record Mark(DayKind kind, String name) {
	}

	private ShippedCalendar() {
	}

	/** Every row of the migration, by date, in file order. */
	static Map<LocalDate, Mark> marks() {
		String sql;
		try {
			sql = Files.readString(MIGRATION, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<LocalDate, Mark> marks = new LinkedHashMap<>();
		Matcher matcher = ROW.matcher(sql);
		while (matcher.find()) {
			LocalDate day = LocalDate.parse(matcher.group(1));
			if (marks.put(day, new Mark(DayKind.valueOf(matcher.group(2)), matcher.group(3))) != null) {
				throw new IllegalStateException(day + " is inserted twice");
			}
		}
		return marks;
	}

	/** The shipped calendar, as {@link WorkingCalendar} loads it. */
	static WorkingDays workingDays() {
		Map<LocalDate, DayKind> kinds = new LinkedHashMap<>();
		marks().forEach((day, mark) -> kinds.put(day, mark.kind()));
		return WorkingDays.of(kinds);
	}

}
