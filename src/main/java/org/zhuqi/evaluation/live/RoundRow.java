package org.zhuqi.evaluation.live;

/** One department of the live group on the host's console: its place, its round and its ballots so far. */
public record RoundRow(int position, long departmentId, String name, RoundState state, int ballots,
		boolean current) {
}
