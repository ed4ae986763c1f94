package org.zhuqi.demand.problem;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a problem stands, and which actions each state allows. The table below is the whole state machine;
 * {@link Demand} refuses anything it does not list.
 */
public enum DemandState {

	/** 待受理: filed, waiting for the service centre to route it. */
	SUBMITTED,

	/** 已交办: assigned to a lead department, waiting for it to accept. */
	ASSIGNED,

	/** 办理中: accepted by the lead department and being worked on. */
	IN_PROGRESS,

	/** 已办结: resolved, waiting for the enterprise's rating. */
	RESOLVED,

	/** 无法解决: the department cannot resolve it, with a reason; the enterprise may still rate the service. */
	UNRESOLVABLE,

	/** 已评价: rated by the enterprise. */
	RATED,

	/** 整改中: reopened after a dissatisfied rating; follow-up, fix, then one re-rating. */
	RECTIFYING,

	/** 已关闭: closed. */
	CLOSED;

	private static final Map<DemandState, Set<DemandAction>> ALLOWED = Map.of(
			SUBMITTED, EnumSet.of(DemandAction.ASSIGN, DemandAction.RESOLVE_BY_CADRE, DemandAction.CLOSE,
					DemandAction.MARK_COMPLEX, DemandAction.ESCALATE),
			ASSIGNED, EnumSet.of(DemandAction.ACCEPT, DemandAction.RETURN, DemandAction.ASSIGN,
					DemandAction.MARK_COMPLEX, DemandAction.ESCALATE, DemandAction.REMIND),
			IN_PROGRESS, EnumSet.of(DemandAction.PROGRESS, DemandAction.RESOLVE, DemandAction.MARK_UNRESOLVABLE,
					DemandAction.RETURN, DemandAction.REQUEST_EXTENSION, DemandAction.DECIDE_EXTENSION,
					DemandAction.MARK_COMPLEX, DemandAction.ESCALATE, DemandAction.REMIND),
			RESOLVED, EnumSet.of(DemandAction.RATE, DemandAction.CLOSE),
			UNRESOLVABLE, EnumSet.of(DemandAction.RATE, DemandAction.CLOSE),
			RATED, EnumSet.of(DemandAction.CLOSE),
			RECTIFYING, EnumSet.of(DemandAction.FOLLOW_UP, DemandAction.PROGRESS, DemandAction.RESOLVE,
					DemandAction.ESCALATE, DemandAction.REMIND),
			CLOSED, EnumSet.noneOf(DemandAction.class));

	public boolean allows(DemandAction action) {
		return ALLOWED.get(this).contains(action);
	}

	/** States in which a department is still working on the problem. */
	public boolean isOpen() {
		return this == SUBMITTED || this == ASSIGNED || this == IN_PROGRESS || this == RECTIFYING;
	}

}
