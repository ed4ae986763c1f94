package org.zhuqi.directory.demo;

import java.util.List;

/** Everything the demo directory holds: units, their cadres, and enterprises each paired with a cadre. */
record DemoData(List<DemoUnit> units, List<DemoCadre> cadres, List<DemoEnterprise> enterprises) {

	DemoData {
		units = List.copyOf(units);
		cadres = List.copyOf(cadres);
		enterprises = List.copyOf(enterprises);
	}

	int tagCount() {
		return enterprises.stream().mapToInt(e -> e.tags().size()).sum();
	}

}
