package org.zhuqi.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes table {@code calendar_day}, the holidays and make-up workdays. The date column is called
 * {@code calendar_date} because {@code day} is a keyword in H2.
 */
@Repository
class CalendarDays {

	private static final String COLUMNS = "calendar_date, kind, name, updated_by, updated_at";

	private final JdbcClient jdbc;

	CalendarDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every override, oldest first; the table holds a few dozen rows a year. */
	List<CalendarDay> all() {
		return jdbc.sql("select " + COLUMNS + " from calendar_day order by calendar_date").query(CalendarDays::map).list();
	}

	/** The overrides from {@code first} to {@code last} inclusive, in date order. */
	List<CalendarDay> between(LocalDate first, LocalDate last) {
		return jdbc.sql("select " + COLUMNS + " from calendar_day where calendar_date between :first and :last "
				+ "order by calendar_date")
			.param("first", first)
			.param("last", last)
			.query(CalendarDays::map)
			.list();
	}

	Optional<CalendarDay> find(LocalDate day) {
		return jdbc.sql("select " + COLUMNS + " from calendar_day where calendar_date = :day")
			.param("day", day)
			.query(CalendarDays::map)
			.optional();
	}

	/** Inserts the row; a concurrent insert of the same day surfaces as a {@code DuplicateKeyException}. */
	void insert(CalendarDay row) {
		jdbc.sql("insert into calendar_day (" + COLUMNS + ") values (:day, :kind, :name, :by, :at)")
			.param("day", row.day())
			.param("kind", row.kind().name())
			.param("name", row.name())
			.param("by", row.updatedBy())
			.param("at", OffsetDateTime.ofInstant(row.updatedAt(), ZoneOffset.UTC))
			.update();
	}

	/** Changes the row of this day; returns whether there was one. */
	boolean update(CalendarDay row) {
		return jdbc.sql("update calendar_day set kind = :kind, name = :name, updated_by = :by, updated_at = :at "
				+ "where calendar_date = :day")
			.param("day", row.day())
			.param("kind", row.kind().name())
			.param("name", row.name())
			.param("by", row.updatedBy())
			.param("at", OffsetDateTime.ofInstant(row.updatedAt(), ZoneOffset.UTC))
			.update() > 0;
	}

	/** Deletes the row of this day; returns whether there was one. */
	boolean delete(LocalDate day) {
		return jdbc.sql("delete from calendar_day where calendar_date = :day").param("day", day).update() > 0;
	}

	private static CalendarDay map(ResultSet rs, int row) throws SQLException {
		return new CalendarDay(rs.getObject("calendar_date", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("updated_by"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
