package org.zhuqi.policy.rule;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhuqi.notification.Audience;
import org.zhuqi.notification.Notice;
import org.zhuqi.notification.Notifications;
import org.zhuqi.policy.catalogue.PolicyLookup;
import org.zhuqi.policy.catalogue.PolicyPublished;
import org.zhuqi.policy.catalogue.PolicyRef;

/**
 * When a policy is published, tells every enterprise that qualifies (an inbox notice linking to the policy)
 * and every cadre with qualifying paired enterprises (one notice with their number, linking to the cadre's
 * matches). Runs after the publication committed, in a transaction of its own.
 */
@Component
class PublicationNotices {

	private static final Logger log = LoggerFactory.getLogger(PublicationNotices.class);

	private final PolicyLookup policies;

	private final Eligibility eligibility;

	private final Notifications notifications;

	PublicationNotices(PolicyLookup policies, Eligibility eligibility, Notifications notifications) {
		this.policies = policies;
		this.eligibility = eligibility;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(PolicyPublished published) {
		PolicyRef policy = policies.find(published.policyId()).orElse(null);
		if (policy == null) {
			return;
		}
		List<EnterpriseProfile> matched;
		try {
			matched = eligibility.matching(policy);
		}
		catch (InvalidRuleException ex) {
			log.warn("policy {} was published with a rule that cannot be read: {}", policy.id(), ex.getMessage());
			return;
		}
		String link = "/policies/" + policy.id();
		for (EnterpriseProfile enterprise : matched) {
			notifications.send(Audience.enterprise(enterprise.id()),
					Notice.of(Notice.INFO, "policy.rule.notice.matched", link, policy.title()));
		}
		for (Map.Entry<Long, Long> cadre : Matching.cadresOf(matched).entrySet()) {
			notifications.send(Audience.cadre(cadre.getKey()), Notice.of(Notice.INFO, "policy.rule.notice.cadre",
					"/policies/cadre-matches", policy.title(), cadre.getValue()));
		}
	}

}
