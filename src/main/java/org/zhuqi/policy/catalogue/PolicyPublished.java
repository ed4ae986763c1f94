package org.zhuqi.policy.catalogue;

/** A policy was published (DRAFT → PUBLISHED): matching tells the enterprises that qualify and their cadres. */
public record PolicyPublished(long policyId) {
}
