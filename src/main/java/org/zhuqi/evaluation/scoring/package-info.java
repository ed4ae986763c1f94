/**
 * The scoring rules of an evaluation in plain Java: the {@link org.zhuqi.evaluation.scoring.Scale scale} a
 * voter scores on, the {@link org.zhuqi.evaluation.scoring.Rubric rubric} of weighted dimensions that turns
 * one ballot into one weighted score, the {@link org.zhuqi.evaluation.scoring.Aggregation aggregation} of a
 * department's ballot scores into a mean and a trimmed mean (去掉最高分最低分), and the
 * {@link org.zhuqi.evaluation.scoring.Ranking ranking} with its tie rule. All arithmetic is exact
 * {@link java.math.BigDecimal}; the only rounding is named in {@link org.zhuqi.evaluation.scoring.Aggregation}.
 * The same rules are written down in {@code docs/evaluation.md} for the stand-alone verifier.
 */
package org.zhuqi.evaluation.scoring;
