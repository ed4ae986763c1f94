package org.zhuqi.demand.visit;

import org.springframework.data.repository.ListCrudRepository;

/** The visit records (走访记录); lists are queried in {@link VisitQueries}. */
interface Visits extends ListCrudRepository<Visit, Long> {
}
