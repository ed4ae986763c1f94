package org.zhuqi.demand.problem;

/** Why a department cannot resolve a problem. */
public enum UnresolvableReason {

	/** 政策不允许 */
	POLICY,

	/** 超出职权 */
	AUTHORITY,

	/** 企业撤回 */
	WITHDRAWN,

	/** 其他 (a note is then required) */
	OTHER

}
