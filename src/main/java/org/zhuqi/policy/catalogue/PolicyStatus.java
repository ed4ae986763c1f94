package org.zhuqi.policy.catalogue;

/**
 * Where a policy stands: a DRAFT is edited by the centre and seen by staff only; PUBLISHED is shown in 政策汇,
 * matched and open for applications within its validity period; CLOSED takes no new applications (grants
 * already made are still noticed and paid).
 */
public enum PolicyStatus {

	DRAFT, PUBLISHED, CLOSED

}
