package org.zhuqi.policy.catalogue;

/**
 * Published in the transaction that publishes a policy: listeners (matching, which tells the enterprises that
 * qualify) run after it commits.
 */
public record PolicyPublished(long policyId) {
}
