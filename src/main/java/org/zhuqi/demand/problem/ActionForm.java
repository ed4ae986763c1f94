package org.zhuqi.demand.problem;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one action form on a problem's page posts: the version of the problem the user saw and the fields of
 * whichever action it is (most actions use only the note). {@link #command(DemandAction)} turns it into the
 * {@link DemandCommand} the workflow and the JSON API share, whose Bean Validation then applies.
 */
public class ActionForm {

	/** The version of the problem the user saw; a different one at submission means a concurrent edit. */
	private Integer version;

	private String note;

	private Long leadDepartmentId;

	private Set<Long> coDepartmentIds = new LinkedHashSet<>();

	private UnresolvableReason reason;

	private Satisfaction level;

	private Integer days;

	private boolean approve;

	/** A blank form for a problem at this version. */
	static ActionForm at(int version) {
		ActionForm form = new ActionForm();
		form.version = version;
		return form;
	}

	DemandCommand command(DemandAction action) {
		return switch (action) {
			case ASSIGN -> new DemandCommand.Assign(leadDepartmentId, coDepartmentIds, note);
			case ACCEPT -> new DemandCommand.Accept(note);
			case PROGRESS -> new DemandCommand.Progress(note);
			case RESOLVE -> new DemandCommand.Resolve(note);
			case RESOLVE_BY_CADRE -> new DemandCommand.ResolveByCadre(note);
			case MARK_UNRESOLVABLE -> new DemandCommand.MarkUnresolvable(reason, note);
			case RETURN -> new DemandCommand.Return(note);
			case RATE -> new DemandCommand.Rate(level, note);
			case FOLLOW_UP -> new DemandCommand.FollowUp(note);
			case CLOSE -> new DemandCommand.Close(note);
			case MARK_COMPLEX -> new DemandCommand.MarkComplex(note);
			case ESCALATE -> new DemandCommand.Escalate(note);
			case REQUEST_EXTENSION -> new DemandCommand.RequestExtension(days, note);
			case DECIDE_EXTENSION -> new DemandCommand.DecideExtension(approve, note);
			case REMIND -> new DemandCommand.Remind(note);
			case FILE -> throw new IllegalArgumentException("filing is no action on a problem");
		};
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getLeadDepartmentId() {
		return leadDepartmentId;
	}

	public void setLeadDepartmentId(Long leadDepartmentId) {
		this.leadDepartmentId = leadDepartmentId;
	}

	public Set<Long> getCoDepartmentIds() {
		return coDepartmentIds;
	}

	public void setCoDepartmentIds(Set<Long> coDepartmentIds) {
		this.coDepartmentIds = coDepartmentIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(coDepartmentIds);
	}

	public UnresolvableReason getReason() {
		return reason;
	}

	public void setReason(UnresolvableReason reason) {
		this.reason = reason;
	}

	public Satisfaction getLevel() {
		return level;
	}

	public void setLevel(Satisfaction level) {
		this.level = level;
	}

	public Integer getDays() {
		return days;
	}

	public void setDays(Integer days) {
		this.days = days;
	}

	public boolean isApprove() {
		return approve;
	}

	public void setApprove(boolean approve) {
		this.approve = approve;
	}

}
