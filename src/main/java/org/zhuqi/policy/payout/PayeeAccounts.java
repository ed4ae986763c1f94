package org.zhuqi.policy.payout;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The bank account each grant is paid to, for the bank batch file: the account the enterprise gave in its
 * application. 免申即享 grants have no application and so no account: the file leaves it empty and the bank pays
 * to the account it holds for the credit code.
 * <p>
 * TODO(coordinator): the applications' table (V18, {@code policy.application}) is not on this branch; once it is
 * merged, read {@code bank_account} of {@code policy_grant.application_id} here. Until then every account is
 * left empty.
 */
@Component
class PayeeAccounts {

	/** The accounts of the given grants by grant id; grants without one are left out. */
	Map<Long, String> of(Collection<Long> grantIds) {
		return Map.of();
	}

}
