package org.zhuqi.demand.meeting;

/**
 * The search over action items: by status ({@code null} means open) and, for the service centre, by owner
 * department; a department always sees its own.
 */
public record ActionItemFilter(ActionItemStatus status, Long department) {

	public static ActionItemFilter open() {
		return new ActionItemFilter(ActionItemStatus.OPEN, null);
	}

	ActionItemStatus statusOrOpen() {
		return status == null ? ActionItemStatus.OPEN : status;
	}

}
