package org.zhuqi.directory.enterprise;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The enterprises aggregate store; searching lives in {@link EnterpriseQueries}. */
public interface Enterprises extends ListCrudRepository<Enterprise, Long> {

	Optional<Enterprise> findByUscc(String uscc);

	boolean existsByUscc(String uscc);

}
