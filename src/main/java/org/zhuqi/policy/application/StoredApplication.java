package org.zhuqi.policy.application;

import java.time.OffsetDateTime;

/**
 * An application as the service acts on it: its state and version, and whose it is (the enterprise, the
 * policy's issuing department, the enterprise's cadre) for scoping.
 */
record StoredApplication(long id, long policyId, long enterpriseId, long departmentId, Long cadreId,
		ApplicationStatus status, String bankAccount, OffsetDateTime submittedAt, Long grantId, int version) {

	static final String SELECT = """
			select a.id, a.policy_id, a.enterprise_id, p.department_id, e.cadre_id, a.status, a.bank_account,
			       a.submitted_at, a.grant_id, a.version
			from policy_application a join policy p on p.id = a.policy_id join enterprise e on e.id = a.enterprise_id""";

}
