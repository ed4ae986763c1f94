package org.zhuqi.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * The service centre's edits of the working-day calendar: marks a day as holiday or make-up workday, or
 * returns it to the weekday rule. Only marks that change whether the day is worked are accepted. Writes are
 * idempotent (setting what is already there, or removing what is not, writes and audits nothing); every
 * change is audited under {@value #AUDIT_TYPE} with the date as {@code yyyyMMdd}, and the
 * {@link WorkingCalendar} reads the table again once the change has committed.
 */
@Service
class CalendarAdministration {

	static final String AUDIT_TYPE = "calendar-day";

	/** The years the calendar may be edited for; a date outside is a typing slip. */
	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2099;

	/** What setting a day did. */
	enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

	private final CalendarDays days;

	private final WorkingCalendar calendar;

	private final AuditLog audit;

	private final Clock clock;

	CalendarAdministration(CalendarDays days, WorkingCalendar calendar, AuditLog audit, Clock clock) {
		this.days = days;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/** The audit subject id of a day: its date as the number {@code yyyyMMdd}. */
	static long subjectId(LocalDate day) {
		return Long.parseLong(day.format(DateTimeFormatter.BASIC_ISO_DATE));
	}

	static void requireAdmin(Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new AccessDeniedException("only the service centre edits the working-day calendar");
		}
	}

	/**
	 * Marks the day; a concurrent first mark of the same day by someone else is refused as a conflict.
	 * @throws RejectedFieldException if the mark would not change whether the day is worked, or the date lies
	 * outside {@link #FIRST_YEAR}–{@link #LAST_YEAR}
	 */
	@Transactional
	Outcome set(CalendarDayForm form, Viewer viewer) {
		requireAdmin(viewer);
		LocalDate day = form.getDate();
		DayKind kind = form.getKind();
		String name = form.getName().strip();
		check(day, kind);
		Optional<CalendarDay> existing = days.find(day);
		if (existing.isPresent() && existing.get().sameAs(kind, name)) {
			return Outcome.UNCHANGED;
		}
		CalendarDay row = new CalendarDay(day, kind, name, viewer.username(), clock.instant());
		Outcome outcome;
		if (existing.isPresent()) {
			days.update(row);
			audit.record(viewer.username(), AUDIT_TYPE, subjectId(day), "updated",
					describe(existing.get()) + " → " + describe(row));
			outcome = Outcome.UPDATED;
		}
		else {
			try {
				days.insert(row);
			}
			catch (DuplicateKeyException ex) {
				throw new OptimisticLockingFailureException(day + " was marked meanwhile", ex);
			}
			audit.record(viewer.username(), AUDIT_TYPE, subjectId(day), "created", describe(row));
			outcome = Outcome.CREATED;
		}
		reloadAfterCommit();
		return outcome;
	}

	/** Returns the day to the weekday rule; says whether it had a mark. */
	@Transactional
	boolean remove(LocalDate day, Viewer viewer) {
		requireAdmin(viewer);
		Optional<CalendarDay> existing = days.find(day);
		if (existing.isEmpty() || !days.delete(day)) {
			return false;
		}
		audit.record(viewer.username(), AUDIT_TYPE, subjectId(day), "reset", describe(existing.get()));
		reloadAfterCommit();
		return true;
	}

	private static void check(LocalDate day, DayKind kind) {
		if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
			throw new RejectedFieldException("date", "calendar.date.outOfRange", String.valueOf(FIRST_YEAR),
					String.valueOf(LAST_YEAR));
		}
		boolean weekend = WorkingDays.weekend(day);
		if (kind == DayKind.WORKDAY && !weekend) {
			throw new RejectedFieldException("date", "calendar.workday.onWeekday", day.toString());
		}
		if (kind == DayKind.HOLIDAY && weekend) {
			throw new RejectedFieldException("date", "calendar.holiday.onWeekend", day.toString());
		}
	}

	private static String describe(CalendarDay row) {
		return row.kind() + " " + row.name();
	}

	private void reloadAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				calendar.invalidate();
			}

		});
	}

}
