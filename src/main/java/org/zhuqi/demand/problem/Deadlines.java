package org.zhuqi.demand.problem;

import java.time.Instant;

/**
 * Counts working days for the problem clocks: the deadline is the end of the Nth working day after the day
 * the clock starts, skipping weekends and official holidays and counting make-up workdays (调休).
 */
public interface Deadlines {

	Instant deadline(Instant start, int workingDays);

	/** Whole working days from {@code start} to {@code end}, for average resolution times. */
	int workingDaysBetween(Instant start, Instant end);

}
