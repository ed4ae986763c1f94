package org.zhuqi.directory.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Pairs every enterprise with one liaison cadre (结对): half with a cadre of the enterprise's own street
 * office, most others with one of an economic unit (发改, 经信, 科技, 商务 …), a tenth with any unit.
 * Enterprises are spread evenly and no cadre takes more than {@link #MAX_PER_CADRE}, except the article's
 * best liaison cadre 尉轩文, who looks after the first {@link DemoDataGenerator#BEST_CADRE_ENTERPRISES}
 * enterprises of 灵隐街道 and no others.
 */
final class Pairings {

	static final int MAX_PER_CADRE = 3;

	private final Random random;

	private final List<DemoCadre> cadres;

	private final int[] load;

	private final Map<String, List<Integer>> streetPools = new HashMap<>();

	private final List<Integer> economicPool = new ArrayList<>();

	private final List<Integer> anyPool = new ArrayList<>();

	Pairings(Random random, List<DemoUnit> units, List<DemoCadre> cadres) {
		this.random = random;
		this.cadres = cadres;
		this.load = new int[cadres.size()];
		Map<String, DemoUnit> unitsByCode = new HashMap<>();
		units.forEach(unit -> unitsByCode.put(unit.code(), unit));
		for (int i = 0; i < cadres.size(); i++) {
			DemoCadre cadre = cadres.get(i);
			if (DemoDataGenerator.BEST_CADRE_PHONE.equals(cadre.phone())) {
				continue;
			}
			DemoUnit unit = unitsByCode.get(cadre.unitCode());
			if (unit.isStreet()) {
				streetPools.computeIfAbsent(unit.streetCode(), code -> new ArrayList<>()).add(i);
			}
			else if (unit.economic()) {
				economicPool.add(i);
			}
			anyPool.add(i);
		}
	}

	/** The enterprises, each with its cadre's phone, in the same order. */
	List<DemoEnterprise> pair(List<DemoEnterprise> enterprises) {
		List<DemoEnterprise> paired = new ArrayList<>(enterprises.size());
		int bestCadreShare = 0;
		for (DemoEnterprise enterprise : enterprises) {
			if ("LINGYIN".equals(enterprise.streetCode())
					&& bestCadreShare < DemoDataGenerator.BEST_CADRE_ENTERPRISES) {
				bestCadreShare++;
				paired.add(enterprise.pairedWith(DemoDataGenerator.BEST_CADRE_PHONE));
			}
			else {
				paired.add(enterprise.pairedWith(cadres.get(cadreFor(enterprise)).phone()));
			}
		}
		return paired;
	}

	private int cadreFor(DemoEnterprise enterprise) {
		List<Integer> street = streetPools.getOrDefault(enterprise.streetCode(), new ArrayList<>());
		int roll = random.nextInt(100);
		List<List<Integer>> preference = roll < 50 ? List.of(street, economicPool, anyPool)
				: roll < 90 ? List.of(economicPool, street, anyPool) : List.of(anyPool);
		for (List<Integer> pool : preference) {
			Integer cadre = takeFrom(pool);
			if (cadre != null) {
				return cadre;
			}
		}
		throw new IllegalStateException("every cadre already has " + MAX_PER_CADRE + " enterprises");
	}

	/**
	 * The less busy of two random cadres of the pool with room for one more enterprise, which spreads the
	 * enterprises evenly; full cadres leave the pool.
	 */
	private Integer takeFrom(List<Integer> pool) {
		Integer first = randomWithRoom(pool);
		Integer second = randomWithRoom(pool);
		if (first == null) {
			return null;
		}
		int cadre = second != null && load[second] < load[first] ? second : first;
		load[cadre]++;
		return cadre;
	}

	private Integer randomWithRoom(List<Integer> pool) {
		while (!pool.isEmpty()) {
			int index = random.nextInt(pool.size());
			int cadre = pool.get(index);
			if (load[cadre] < MAX_PER_CADRE) {
				return cadre;
			}
			pool.set(index, pool.get(pool.size() - 1));
			pool.remove(pool.size() - 1);
		}
		return null;
	}

}
