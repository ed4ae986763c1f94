package org.zhuqi.demand.problem;

/** How a problem came in. */
public enum Channel {

	/** Filed by the enterprise itself. */
	ENTERPRISE,

	/** Filed by its liaison cadre. */
	CADRE,

	/** Turned into a problem from a cadre's visit record (走访记录). */
	VISIT,

	/** Filed by the enterprise service centre on the enterprise's behalf. */
	CENTRE

}
