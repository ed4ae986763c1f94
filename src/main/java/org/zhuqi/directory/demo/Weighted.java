package org.zhuqi.directory.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A fixed list of choices with relative weights, drawn from a seeded {@link Random} so the same seed always
 * yields the same picks.
 */
final class Weighted<T> {

	private final List<T> items = new ArrayList<>();

	private final List<Integer> cumulative = new ArrayList<>();

	private int total;

	Weighted<T> add(T item, int weight) {
		if (weight <= 0) {
			throw new IllegalArgumentException("weight must be positive: " + item);
		}
		total += weight;
		items.add(item);
		cumulative.add(total);
		return this;
	}

	T pick(Random random) {
		int point = random.nextInt(total);
		for (int i = 0; i < items.size(); i++) {
			if (point < cumulative.get(i)) {
				return items.get(i);
			}
		}
		throw new IllegalStateException("no choices");
	}

}
