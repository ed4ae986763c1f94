package org.zhuqi.evaluation.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The tally of the presenter vote: every department of the campaign with its votes, most votes first, ties in
 * the campaign's current order (live group, then online group); the first {@code slots} form the proposed
 * live group.
 */
record PresenterTally(List<Row> rows, int slots, int voters) {

	/** A department with its votes; {@code proposed} when it is among the first {@code slots}. */
	record Row(long departmentId, String name, int votes, boolean proposed) {
	}

	/**
	 * @param order the campaign's departments in current order
	 * @param names department names by id
	 * @param votes votes by department id (missing means none)
	 */
	static PresenterTally of(List<Long> order, Map<Long, String> names, Map<Long, Integer> votes, int slots,
			int voters) {
		List<Long> ranked = new ArrayList<>(order);
		ranked.sort(Comparator.comparingInt((Long id) -> votes.getOrDefault(id, 0))
			.reversed()
			.thenComparingInt(order::indexOf));
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			long id = ranked.get(i);
			rows.add(new Row(id, names.getOrDefault(id, String.valueOf(id)), votes.getOrDefault(id, 0), i < slots));
		}
		return new PresenterTally(List.copyOf(rows), slots, voters);
	}

	/** The proposed live group, in order of votes. */
	List<Long> live() {
		return rows.stream().filter(Row::proposed).map(Row::departmentId).toList();
	}

	/** The rest, the proposed online group, in order of votes. */
	List<Long> online() {
		return rows.stream().filter(row -> !row.proposed()).map(Row::departmentId).toList();
	}

}
