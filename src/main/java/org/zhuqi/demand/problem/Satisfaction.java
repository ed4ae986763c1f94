package org.zhuqi.demand.problem;

/** The five levels of the government service rating (好差评). */
public enum Satisfaction {

	/** 非常满意 */
	VERY_SATISFIED,

	/** 满意 */
	SATISFIED,

	/** 基本满意 */
	BASICALLY_SATISFIED,

	/** 不满意 */
	DISSATISFIED,

	/** 非常不满意 */
	VERY_DISSATISFIED;

	/** 不满意 and 非常不满意 open a rectification (整改). */
	public boolean isDissatisfied() {
		return this == DISSATISFIED || this == VERY_DISSATISFIED;
	}

}
