package org.zhuqi.account;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.zhuqi.shared.Role;

/** The accounts store; the admin list searches through {@link UserQueries}. */
interface UserAccounts extends ListCrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	/** Sign-in ignores case: {@code Zhang.San} finds {@code zhang.san}. */
	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	boolean existsByUsername(String username);

	boolean existsByUsernameIgnoreCase(String username);

	long countByRoleAndEnabled(Role role, boolean enabled);

}
