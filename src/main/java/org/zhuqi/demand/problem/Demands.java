package org.zhuqi.demand.problem;

import org.springframework.data.repository.ListCrudRepository;

/** The problems aggregate store; lists and figures are queried in {@link DemandQueries}. */
public interface Demands extends ListCrudRepository<Demand, Long> {
}
