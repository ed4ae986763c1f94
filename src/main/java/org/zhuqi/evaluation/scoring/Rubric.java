package org.zhuqi.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.zhuqi.shared.RejectedFieldException;

/**
 * The rubric (评分细则) of a campaign: the scale and the weighted dimensions, in the order voters see them. A
 * valid rubric has 1 to {@value #MAX_DIMENSIONS} dimensions with distinct names whose weights are positive
 * percentages with at most two decimals summing to exactly 100. Names are kept stripped and weights with exactly
 * two decimals, so equal rubrics are {@code equals}.
 * <p>
 * The <b>ballot score</b> is the weighted mean {@code Σ(weightᵢ × scoreᵢ) / 100}. Because the weights have at most
 * two decimals and the scores are whole numbers, it is exact with at most four decimals: no rounding happens
 * here.
 */
public record Rubric(Scale scale, List<Dimension> dimensions) {

	public static final int MAX_DIMENSIONS = 8;

	public static final int NAME_ZH_MAX = 30;

	public static final int NAME_EN_MAX = 60;

	/** Weights are percentages with this many decimals at most. */
	public static final int WEIGHT_SCALE = 2;

	public static final BigDecimal WEIGHT_TOTAL = new BigDecimal("100");

	/** Decimal places of a ballot score (weights' two plus the division by 100). */
	public static final int BALLOT_SCORE_SCALE = 4;

	/** Checks every rule and refuses the first broken one, naming the field of the campaign form. */
	public Rubric {
		if (scale == null) {
			throw new RejectedFieldException("scale", "evaluation.rubric.scale.required");
		}
		if (dimensions == null || dimensions.isEmpty()) {
			throw new RejectedFieldException("dimensions", "evaluation.rubric.dimensions.required");
		}
		if (dimensions.size() > MAX_DIMENSIONS) {
			throw new RejectedFieldException("dimensions", "evaluation.rubric.dimensions.tooMany", MAX_DIMENSIONS);
		}
		Set<String> names = new HashSet<>();
		BigDecimal total = BigDecimal.ZERO;
		List<Dimension> normalised = new ArrayList<>(dimensions.size());
		for (int i = 0; i < dimensions.size(); i++) {
			Dimension dimension = dimensions.get(i) == null ? new Dimension(null, null, null) : dimensions.get(i);
			checkNames(dimension, i, names);
			checkWeight(dimension.weight(), i);
			total = total.add(dimension.weight());
			normalised.add(new Dimension(dimension.nameZh().strip(), dimension.nameEn().strip(),
					dimension.weight().setScale(WEIGHT_SCALE, RoundingMode.UNNECESSARY)));
		}
		dimensions = List.copyOf(normalised);
		if (total.compareTo(WEIGHT_TOTAL) != 0) {
			throw new RejectedFieldException("dimensions", "evaluation.rubric.weights.total",
					total.stripTrailingZeros().toPlainString());
		}
	}

	private static void checkNames(Dimension dimension, int index, Set<String> names) {
		int number = index + 1;
		String nameZh = dimension.nameZh();
		if (nameZh == null || nameZh.isBlank()) {
			throw new RejectedFieldException(field(index, "nameZh"), "evaluation.rubric.name.required", number);
		}
		if (nameZh.length() > NAME_ZH_MAX) {
			throw new RejectedFieldException(field(index, "nameZh"), "evaluation.rubric.nameZh.tooLong", number,
					NAME_ZH_MAX);
		}
		if (!names.add(nameZh.strip())) {
			throw new RejectedFieldException(field(index, "nameZh"), "evaluation.rubric.name.duplicate", nameZh.strip());
		}
		String nameEn = dimension.nameEn();
		if (nameEn == null || nameEn.isBlank()) {
			throw new RejectedFieldException(field(index, "nameEn"), "evaluation.rubric.name.required", number);
		}
		if (nameEn.length() > NAME_EN_MAX) {
			throw new RejectedFieldException(field(index, "nameEn"), "evaluation.rubric.nameEn.tooLong", number,
					NAME_EN_MAX);
		}
	}

	private static void checkWeight(BigDecimal weight, int index) {
		String field = field(index, "weight");
		int number = index + 1;
		if (weight == null) {
			throw new RejectedFieldException(field, "evaluation.rubric.weight.required", number);
		}
		if (weight.signum() <= 0 || weight.compareTo(WEIGHT_TOTAL) > 0) {
			throw new RejectedFieldException(field, "evaluation.rubric.weight.range", number);
		}
		if (weight.stripTrailingZeros().scale() > WEIGHT_SCALE) {
			throw new RejectedFieldException(field, "evaluation.rubric.weight.decimals", number, WEIGHT_SCALE);
		}
	}

	private static String field(int index, String property) {
		return "dimensions[" + index + "]." + property;
	}

	/**
	 * Refuses a ballot's scores unless there is exactly one per dimension, each on the scale. The field is
	 * {@code scores}.
	 */
	public void check(List<Integer> scores) {
		if (scores == null || scores.size() != dimensions.size()) {
			throw new RejectedFieldException("scores", "evaluation.ballot.scores.count", dimensions.size());
		}
		for (int i = 0; i < scores.size(); i++) {
			Integer score = scores.get(i);
			if (score == null || !scale.accepts(score)) {
				throw new RejectedFieldException("scores", "evaluation.ballot.scores.range", i + 1, scale.lowest(),
						scale.highest());
			}
		}
	}

	/**
	 * The ballot score: {@code Σ(weightᵢ × scoreᵢ) / 100}, exact, with {@value #BALLOT_SCORE_SCALE} decimals.
	 * The scores must pass {@link #check(List)}.
	 */
	public BigDecimal ballotScore(List<Integer> scores) {
		check(scores);
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < scores.size(); i++) {
			sum = sum.add(dimensions.get(i).weight().multiply(BigDecimal.valueOf(scores.get(i))));
		}
		return sum.movePointLeft(2).setScale(BALLOT_SCORE_SCALE, RoundingMode.UNNECESSARY);
	}

	/** The weights in dimension order. */
	public List<BigDecimal> weights() {
		return dimensions.stream().map(Dimension::weight).toList();
	}

	public int size() {
		return dimensions.size();
	}

}
