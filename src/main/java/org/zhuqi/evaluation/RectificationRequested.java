package org.zhuqi.evaluation;

import java.math.BigDecimal;

/**
 * Published when the service centre or a department turns a low ballot or a comment of a campaign's results into
 * a rectification item (整改事项): the module that handles problems files it for the department. Carries no
 * voter or enterprise, since ballots are anonymous.
 *
 * @param rectificationId the evaluation's own record of the request, unique per ballot (an origin reference)
 * @param campaignName the campaign's name, e.g. 2026 上半年千家企业评部门
 * @param periodLabel the campaign's period, e.g. 2026 上半年
 * @param departmentId the rated department that is to put it right
 * @param comment the voter's comment, {@code null} when the ballot had none
 * @param score the ballot's weighted score (exact, four decimals)
 * @param scaleMaximum the highest score of the campaign's scale (10 or 5), to read the score against
 * @param requestedBy who asked for it (a login name)
 */
public record RectificationRequested(long rectificationId, long campaignId, String campaignName, String periodLabel,
		long departmentId, String comment, BigDecimal score, int scaleMaximum, String requestedBy) {
}
