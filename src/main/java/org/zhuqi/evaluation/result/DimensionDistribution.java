package org.zhuqi.evaluation.result;

import java.util.List;

import org.zhuqi.evaluation.scoring.Dimension;

/**
 * How many of a department's ballots gave each score on one dimension of the rubric.
 *
 * @param lowest the scale's lowest score, which {@code counts} starts at
 * @param counts ballots per score from the lowest to the highest score
 */
public record DimensionDistribution(Dimension dimension, int lowest, List<Integer> counts) {

	public DimensionDistribution {
		counts = List.copyOf(counts);
	}

	/** The scores, lowest first. */
	public List<Integer> scores() {
		return java.util.stream.IntStream.range(0, counts.size()).mapToObj(i -> lowest + i).toList();
	}

	public int count(int score) {
		return counts.get(score - lowest);
	}

	public int total() {
		return counts.stream().mapToInt(Integer::intValue).sum();
	}

}
