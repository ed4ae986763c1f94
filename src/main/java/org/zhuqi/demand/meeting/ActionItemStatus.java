package org.zhuqi.demand.meeting;

/** Which action items a list shows: still open (the default), open and overdue, done, or all of them. */
public enum ActionItemStatus {

	OPEN("a.done_at is null"),

	OVERDUE("a.done_at is null and a.due_on < :today"),

	DONE("a.done_at is not null"),

	ALL("1 = 1");

	private final String condition;

	ActionItemStatus(String condition) {
		this.condition = condition;
	}

	/** The condition over an action item aliased {@code a}; {@code :today} is the district's date. */
	String condition() {
		return condition;
	}

}
