package org.zhuqi.policy.application;

/**
 * Search of application lists and the review queue: text in the enterprise's name or the policy's title,
 * status, policy.
 */
public record ApplicationFilter(String q, ApplicationStatus status, Long policy) {

	public static ApplicationFilter none() {
		return new ApplicationFilter(null, null, null);
	}

	/** Whether any filter is set (for the empty-state text). */
	public boolean any() {
		return (q != null && !q.isBlank()) || status != null || policy != null;
	}

}
