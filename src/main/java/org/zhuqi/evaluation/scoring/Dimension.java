package org.zhuqi.evaluation.scoring;

import java.math.BigDecimal;

/**
 * One dimension of a rubric (评价维度), e.g. 服务态度 / service attitude, with its weight in percent of the
 * ballot score. The {@link Rubric} checks it.
 *
 * @param nameZh the Chinese name shown to voters
 * @param nameEn the English name
 * @param weight the weight in percent, greater than 0, at most two decimal places
 */
public record Dimension(String nameZh, String nameEn, BigDecimal weight) {
}
