package org.zhuqi.evaluation.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A ballot's scores as text, the way they are stored and written into the ledger: whole numbers in
 * dimension order joined by commas ({@code 8,9,7,10}).
 */
public final class ScoreList {

	private ScoreList() {
	}

	public static String join(List<Integer> scores) {
		return scores.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	public static List<Integer> split(String text) {
		return Arrays.stream(text.split(",", -1)).map(Integer::valueOf).toList();
	}

}
