package org.zhuqi.account;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * The account module's public face for other modules: who holds a role for a directory record and how to
 * reach them. Read-only; never passwords.
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

	private final JdbcClient jdbc;

	private final UserAccounts accounts;

	Accounts(JdbcClient jdbc, UserAccounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/**
	 * The e-mail addresses of the enabled accounts with this role bound to this record (every administrator
	 * when the role is {@link Role#ADMIN}, whose {@code boundId} is ignored), each once, sorted; accounts
	 * without an address are left out.
	 */
	public List<String> emailsOf(Role role, Long boundId) {
		String binding = switch (role) {
			case ADMIN -> "";
			case DEPARTMENT -> " and department_id = :bound";
			case CADRE -> " and cadre_id = :bound";
			case ENTERPRISE -> " and enterprise_id = :bound";
		};
		if (role != Role.ADMIN && boundId == null) {
			return List.of();
		}
		JdbcClient.StatementSpec query = jdbc.sql("select distinct email from user_account"
				+ " where enabled = true and email is not null and role = :role" + binding + " order by email")
			.param("role", role.name());
		if (role != Role.ADMIN) {
			query = query.param("bound", boundId);
		}
		return query.query(String.class).list();
	}

	/** The e-mail address of the account with this login name, if it is enabled and has one. */
	public Optional<String> emailOf(String username) {
		return jdbc.sql("select email from user_account where username = :username and enabled = true"
				+ " and email is not null")
			.param("username", username)
			.query(String.class)
			.optional();
	}

	/** The viewer an existing account signs in as, enabled or not. */
	public Optional<Viewer> viewerOf(String username) {
		return accounts.findByUsername(username).map(UserAccount::viewer);
	}

}
