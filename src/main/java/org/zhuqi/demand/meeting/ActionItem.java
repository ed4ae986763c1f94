package org.zhuqi.demand.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;

/**
 * A decision of a coordination meeting (督办事项): what is to be done, by which owner department (责任部门), by
 * which day, optionally about one key problem on the agenda. While open, the owner department reports
 * progress notes (进展); it is open until marked done (办结) once, with a note; only the service centre may
 * reopen it, with a reason. The service audits each of these.
 */
@Table("action_item")
public class ActionItem {

	public static final int DESCRIPTION_MAX = 1000;

	public static final int NOTE_MAX = 1000;

	@Id
	private Long id;

	@Version
	private Integer version;

	private long meetingId;

	private Long demandId;

	private String description;

	private long ownerDepartmentId;

	private LocalDate dueOn;

	private Instant doneAt;

	private String doneBy;

	private String doneNote;

	@MappedCollection(idColumn = "action_item_id")
	private Set<ActionItemProgress> progress = new LinkedHashSet<>();

	ActionItem() {
	}

	/**
	 * A decision of the meeting: due no earlier than the meeting itself, and about a problem on its agenda
	 * when it names one.
	 */
	static ActionItem decide(Meeting meeting, ActionItemDetails details) {
		if (details.description() == null || details.description().isEmpty()) {
			throw new RejectedFieldException("description", "actionItem.description.required");
		}
		if (details.description().length() > DESCRIPTION_MAX) {
			throw new RejectedFieldException("description", "actionItem.description.overLimit", DESCRIPTION_MAX);
		}
		if (details.dueOn() == null) {
			throw new RejectedFieldException("dueOn", "actionItem.dueOn.required");
		}
		if (details.dueOn().isBefore(meeting.getHeldOn())) {
			throw new RejectedFieldException("dueOn", "actionItem.dueOn.beforeMeeting", meeting.getHeldOn().toString());
		}
		if (details.demandId() != null && !meeting.discusses(details.demandId())) {
			throw new RejectedFieldException("demandId", "actionItem.demand.notOnAgenda");
		}
		ActionItem item = new ActionItem();
		item.meetingId = meeting.getId();
		item.demandId = details.demandId();
		item.description = details.description();
		item.ownerDepartmentId = details.ownerDepartmentId();
		item.dueOn = details.dueOn();
		return item;
	}

	/** 进展: a note of what the owner department has done so far; refused once the item is done. */
	void noteProgress(String note, String by, Instant now) {
		if (isDone()) {
			throw new RefusedActionException("actionItem.progress.done");
		}
		progress.add(new ActionItemProgress(now, by, requiredNote(note)));
	}

	/** 办结: done once, with a note saying what was done. */
	void markDone(String note, String by, Instant now) {
		if (isDone()) {
			throw new RefusedActionException("actionItem.done.already");
		}
		doneNote = requiredNote(note);
		doneBy = by;
		doneAt = now;
	}

	/** Open again (the centre only, with a reason the service audits); refused when it is not done. */
	void reopen(String reason) {
		if (!isDone()) {
			throw new RefusedActionException("actionItem.reopen.notDone");
		}
		requiredNote(reason);
		doneAt = null;
		doneBy = null;
		doneNote = null;
	}

	private static String requiredNote(String note) {
		String text = note == null ? "" : note.strip();
		if (text.isEmpty()) {
			throw new RejectedFieldException("note", "actionItem.note.required");
		}
		if (text.length() > NOTE_MAX) {
			throw new RejectedFieldException("note", "actionItem.note.overLimit", NOTE_MAX);
		}
		return text;
	}

	public boolean isDone() {
		return doneAt != null;
	}

	/**
	 * Overdue: not done and the due day has passed in the district, i.e. the due date lies before today on
	 * the given clock (the application's clock is in the district's zone, Asia/Shanghai).
	 */
	public boolean isOverdue(Clock clock) {
		return isOverdue(dueOn, isDone(), LocalDate.now(clock));
	}

	static boolean isOverdue(LocalDate dueOn, boolean done, LocalDate today) {
		return !done && dueOn.isBefore(today);
	}

	public Long getId() {
		return id;
	}

	public Integer getVersion() {
		return version;
	}

	public long getMeetingId() {
		return meetingId;
	}

	public Long getDemandId() {
		return demandId;
	}

	public String getDescription() {
		return description;
	}

	public long getOwnerDepartmentId() {
		return ownerDepartmentId;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public Instant getDoneAt() {
		return doneAt;
	}

	public String getDoneBy() {
		return doneBy;
	}

	public String getDoneNote() {
		return doneNote;
	}

	/** The progress notes, oldest first. */
	public List<ActionItemProgress> progress() {
		return progress.stream()
			.sorted(Comparator.comparing(ActionItemProgress::notedAt))
			.toList();
	}

}
