package org.zhuqi.policy.application;

/**
 * Where an application (申报) stands: the enterprise works on a DRAFT and submits it; the issuing department
 * approves, rejects or returns a SUBMITTED one; a RETURNED one is edited and resubmitted; the enterprise may
 * withdraw it before a decision. While not REJECTED or WITHDRAWN it holds the one active place of its
 * enterprise under the policy.
 */
public enum ApplicationStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED, REJECTED, WITHDRAWN;

	/** Whether the application holds the one active place of its enterprise under its policy. */
	public boolean holdsSlot() {
		return this != REJECTED && this != WITHDRAWN;
	}

	/** Whether the enterprise may still edit it (a draft, or returned for more material). */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	/** The message key of the status's name. */
	public String messageKey() {
		return "policy.application.status." + name();
	}

}
