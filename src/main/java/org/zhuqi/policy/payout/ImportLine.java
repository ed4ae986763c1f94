package org.zhuqi.policy.payout;

/**
 * What became of one line of a result file: applied, or reported with its problem.
 *
 * @param idempotencyKey as the line gave it, {@code null} when it could not be read
 * @param problem {@code null} when applied
 * @param detail the offending value, as the file had it
 */
public record ImportLine(int lineNo, String idempotencyKey, LineProblem problem, String detail) {

	public boolean applied() {
		return problem == null;
	}

	public boolean duplicate() {
		return problem == LineProblem.DUPLICATE;
	}

}
