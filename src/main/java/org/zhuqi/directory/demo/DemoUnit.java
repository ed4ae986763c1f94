package org.zhuqi.directory.demo;

/**
 * A district unit of the demo directory: a bureau (局/办), a street office (街道/镇) or another body such as
 * the trade union or the customs office.
 *
 * @param code the stable short code, e.g. {@code JXJ} for 区经信局 or {@code ST-LINGYIN} for 灵隐街道
 * @param name the Chinese name
 * @param kind {@code BUREAU}, {@code STREET} or {@code OTHER}, as in the {@code department} table
 * @param cadres how many liaison cadres (联企干部) the unit delegates
 * @param economic whether it is an economic unit whose cadres also take enterprises outside their street
 * @param streetCode the street (table {@code street}) a street office governs, else {@code null}
 */
record DemoUnit(String code, String name, String kind, int cadres, boolean economic, String streetCode) {

	static DemoUnit bureau(String code, String name, int cadres) {
		return new DemoUnit(code, name, "BUREAU", cadres, false, null);
	}

	static DemoUnit economicBureau(String code, String name, int cadres) {
		return new DemoUnit(code, name, "BUREAU", cadres, true, null);
	}

	static DemoUnit other(String code, String name, int cadres, boolean economic) {
		return new DemoUnit(code, name, "OTHER", cadres, economic, null);
	}

	static DemoUnit street(String streetCode, String name, int cadres) {
		return new DemoUnit("ST-" + streetCode, name, "STREET", cadres, false, streetCode);
	}

	boolean isStreet() {
		return streetCode != null;
	}

}
