package org.zhuqi.evaluation.campaign;

import org.springframework.data.repository.ListCrudRepository;

/** The campaigns store; the module's other parts read campaigns through it. */
public interface Campaigns extends ListCrudRepository<Campaign, Long> {
}
