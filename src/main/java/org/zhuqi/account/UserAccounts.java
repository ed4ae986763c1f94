package org.zhuqi.account;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, Long>, PagingAndSortingRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	Page<UserAccount> findByUsernameContainingOrDisplayNameContaining(String username, String displayName,
			Pageable pageable);

}
