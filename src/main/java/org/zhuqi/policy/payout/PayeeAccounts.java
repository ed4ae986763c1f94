package org.zhuqi.policy.payout;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bank account each grant is paid to, for the bank batch file: the account the enterprise gave in its
 * application. 免申即享 grants have no application and so no account: the file leaves it empty and the bank pays
 * to the account it holds for the credit code.
 */
@Component
class PayeeAccounts {

	/** Grants looked up per statement at most, well below any database's limit on bound parameters. */
	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	PayeeAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The accounts of the given grants by grant id; grants without one are left out. */
	Map<Long, String> of(Collection<Long> grantIds) {
		Map<Long, String> accounts = new HashMap<>();
		List<Long> ids = grantIds.stream().distinct().toList();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			jdbc.sql("""
					select g.id, a.bank_account from policy_grant g
					join policy_application a on a.id = g.application_id
					where g.id in (:ids) and a.bank_account is not null""")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query(rs -> {
					accounts.put(rs.getLong(1), rs.getString(2));
				});
		}
		return accounts;
	}

}
