package org.zhuqi.demand.meeting;

import java.time.Clock;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * Tracks the decisions of coordination meetings (督办事项) to done: the service centre records them, the owner
 * department (or the centre) reports progress and marks each done once with a note, and only the centre
 * reopens one, with a reason. Every change is audited under subject {@value #AUDIT_TYPE}; each report names
 * the version the user saw, so a change made meanwhile is refused instead of overwritten.
 */
@Service
public class ActionItemService {

	static final String AUDIT_TYPE = "action-item";

	private final ActionItems actionItems;

	private final Meetings meetings;

	private final MeetingQueries queries;

	private final Directory directory;

	private final AuditLog audit;

	private final Clock clock;

	ActionItemService(ActionItems actionItems, Meetings meetings, MeetingQueries queries, Directory directory,
			AuditLog audit, Clock clock) {
		this.actionItems = actionItems;
		this.meetings = meetings;
		this.queries = queries;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records a decision of the meeting as an action item of an active owner department. */
	@Transactional
	public ActionItem decide(long meetingId, ActionItemForm form, Viewer viewer) {
		MeetingAccess.requireManager(viewer);
		Meeting meeting = meetings.findById(meetingId)
			.orElseThrow(() -> new RecordNotFoundException(MeetingService.AUDIT_TYPE, meetingId));
		DepartmentRef owner = form.getOwnerDepartmentId() == null ? null
				: directory.department(form.getOwnerDepartmentId()).filter(DepartmentRef::active).orElse(null);
		if (owner == null) {
			throw new RejectedFieldException("ownerDepartmentId", "meeting.department.unknown");
		}
		ActionItem item = actionItems.save(ActionItem.decide(meeting, new ActionItemDetails(form.getDescription(),
				owner.id(), form.getDueOn(), form.getDemandId())));
		audit.record(viewer.username(), AUDIT_TYPE, item.getId(), "created", "meeting " + meetingId + ", "
				+ owner.name() + ", " + item.getDueOn() + ": " + item.getDescription());
		return item;
	}

	/** 进展: the owner department or the centre notes progress on an open item. */
	@Transactional
	public ActionItem noteProgress(long id, ActionItemNote note, Viewer viewer) {
		ActionItem item = reportable(id, note, viewer);
		item.noteProgress(note.note(), viewer.username(), clock.instant());
		actionItems.save(item);
		audit.record(viewer.username(), AUDIT_TYPE, id, "progress", note.note().strip());
		return item;
	}

	/** 办结: the owner department or the centre marks the item done with a note. */
	@Transactional
	public ActionItem markDone(long id, ActionItemNote note, Viewer viewer) {
		ActionItem item = reportable(id, note, viewer);
		item.markDone(note.note(), viewer.username(), clock.instant());
		actionItems.save(item);
		audit.record(viewer.username(), AUDIT_TYPE, id, "marked-done", item.getDoneNote());
		return item;
	}

	/** Reopens a done item (the centre only), keeping the reason and the note it had in the audit history. */
	@Transactional
	public ActionItem reopen(long id, ActionItemNote reason, Viewer viewer) {
		MeetingAccess.requireManager(viewer);
		ActionItem item = find(id, viewer);
		checkVersion(item, reason);
		String previous = item.getDoneBy() + ": " + item.getDoneNote();
		item.reopen(reason.note());
		actionItems.save(item);
		audit.record(viewer.username(), AUDIT_TYPE, id, "reopened", reason.note().strip() + " (" + previous + ")");
		return item;
	}

	/**
	 * The item to report on, unchanged since the viewer read it. A department that is not the owner is refused
	 * (403), or told the item does not exist when it may not even see the meeting (404).
	 */
	private ActionItem reportable(long id, ActionItemNote note, Viewer viewer) {
		MeetingAccess.requireStaff(viewer);
		ActionItem item = find(id, viewer);
		if (!MeetingAccess.canReport(viewer, item.getOwnerDepartmentId())) {
			throw new AccessDeniedException(viewer.username() + " may not report on action item " + id);
		}
		checkVersion(item, note);
		return item;
	}

	private ActionItem find(long id, Viewer viewer) {
		ActionItem item = actionItems.findById(id).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, id));
		if (!queries.visible(item.getMeetingId(), viewer)) {
			throw new RecordNotFoundException(AUDIT_TYPE, id);
		}
		return item;
	}

	private static void checkVersion(ActionItem item, ActionItemNote note) {
		if (note.version() != null && !note.version().equals(item.getVersion())) {
			throw new OptimisticLockingFailureException("action item " + item.getId() + " changed meanwhile");
		}
	}

}
