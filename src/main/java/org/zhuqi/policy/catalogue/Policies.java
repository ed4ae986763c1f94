package org.zhuqi.policy.catalogue;

import org.springframework.data.repository.ListCrudRepository;

/** The policies aggregate store; searching lives in {@link PolicyQueries}. */
interface Policies extends ListCrudRepository<Policy, Long> {

}
