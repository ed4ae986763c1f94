package org.zhuqi.policy.payout;

/**
 * The grants list's filter.
 *
 * @param q text in the policy's title or 文号 or the enterprise's name or credit code
 * @param policy the policy's id
 */
public record GrantFilter(String q, Long policy) {
}
