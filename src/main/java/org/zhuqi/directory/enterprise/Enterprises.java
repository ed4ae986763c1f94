package org.zhuqi.directory.enterprise;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The enterprises aggregate store; searching lives in {@link EnterpriseQueries}. Look-ups by credit code go
 * through a fixed query (an import makes one per row; a derived query would be rebuilt every time).
 */
public interface Enterprises extends ListCrudRepository<Enterprise, Long> {

	@Query("select id from enterprise where uscc = :uscc")
	Optional<Long> findIdByUscc(String uscc);

	default Optional<Enterprise> findByUscc(String uscc) {
		return findIdByUscc(uscc).flatMap(this::findById);
	}

	default boolean existsByUscc(String uscc) {
		return findIdByUscc(uscc).isPresent();
	}

}
