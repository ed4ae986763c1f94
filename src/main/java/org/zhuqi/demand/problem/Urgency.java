package org.zhuqi.demand.problem;

/** How pressing the enterprise says the problem is (一般 / 紧急 / 特急). */
public enum Urgency {

	NORMAL, URGENT, CRITICAL

}
