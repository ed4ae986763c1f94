package org.zhuqi.evaluation.result;

import java.util.ArrayList;
import java.util.List;

import org.zhuqi.evaluation.scoring.Rubric;

/**
 * Counts a department's ballots per dimension and score, in plain Java: feed it every ballot's scores, then
 * read one {@link DimensionDistribution} per dimension in rubric order.
 */
final class Distributions {

	private final Rubric rubric;

	private final int[][] counts;

	Distributions(Rubric rubric) {
		this.rubric = rubric;
		this.counts = new int[rubric.size()][rubric.scale().highest() - rubric.scale().lowest() + 1];
	}

	void add(List<Integer> scores) {
		rubric.check(scores);
		for (int i = 0; i < scores.size(); i++) {
			counts[i][scores.get(i) - rubric.scale().lowest()]++;
		}
	}

	/** Sets a count as stored in a snapshot. */
	void set(int dimension, int score, int ballots) {
		counts[dimension][score - rubric.scale().lowest()] = ballots;
	}

	List<DimensionDistribution> result() {
		List<DimensionDistribution> result = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			List<Integer> row = new ArrayList<>();
			for (int count : counts[i]) {
				row.add(count);
			}
			result.add(new DimensionDistribution(rubric.dimensions().get(i), rubric.scale().lowest(), row));
		}
		return result;
	}

}
