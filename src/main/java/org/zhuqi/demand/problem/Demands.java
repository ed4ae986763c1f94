package org.zhuqi.demand.problem;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The problems aggregate store; lists and figures are queried in {@link DemandQueries}. */
public interface Demands extends ListCrudRepository<Demand, Long> {

	/** The problem filed from this origin (a problem without an enterprise), if any. */
	Optional<Demand> findByOrigin(String origin);

}
