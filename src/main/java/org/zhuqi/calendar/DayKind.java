package org.zhuqi.calendar;

/**
 * How a day of the calendar departs from the weekday rule.
 */
public enum DayKind {

	/** 法定节假日 or 放假: a rest day although it is Monday to Friday. */
	HOLIDAY,

	/** 调休上班: a working day although it is Saturday or Sunday. */
	WORKDAY;

	/** Whether a day of this kind is worked. */
	public boolean working() {
		return this == WORKDAY;
	}

}
