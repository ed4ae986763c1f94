package org.zhuqi.directory.cadre;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The cadres aggregate store; searching lives in {@link CadreQueries}. */
interface Cadres extends ListCrudRepository<Cadre, Long> {

	Optional<Cadre> findByPhone(String phone);

}
