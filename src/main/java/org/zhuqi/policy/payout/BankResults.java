package org.zhuqi.policy.payout;

import java.util.List;

/**
 * A bank's result file as read: the well-formed lines to apply, and the lines that could not be read, with their
 * line number and problem.
 */
public record BankResults(List<ResultLine> lines, List<ImportLine> problems) {
}
