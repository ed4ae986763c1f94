package org.zhuqi.evaluation.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * One department's results page: its figures, the distribution of scores per dimension, and the comments and
 * low ballots without any voter identity.
 *
 * @param comments ballots with a comment, by text
 * @param lowWithoutComment ballots in the bottom range without a comment, lowest first
 * @param bottomLimit the score a ballot must stay below to be in the bottom range
 */
public record DepartmentSheet(ResultSheet sheet, ResultRow row, List<DimensionDistribution> distributions,
		List<Remark> comments, List<Remark> lowWithoutComment, BigDecimal bottomLimit) {
}
