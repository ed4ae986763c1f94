package org.zhuqi.policy.application;

import java.util.Map;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhuqi.shared.RefusedActionException;

/**
 * One step on an application's timeline, and the state machine of applications: which status each step may
 * be taken from and where it leads. Plain Java, so the rules are tested without Spring.
 */
public enum ApplicationStep {

	/** The enterprise started the application (a draft). */
	CREATED,

	/** The enterprise saved its changes without submitting. */
	SAVED,

	/** The enterprise submitted a draft for review. */
	SUBMITTED,

	/** The department returned it for more material, with a reason. */
	RETURNED,

	/** The enterprise submitted it again after a return. */
	RESUBMITTED,

	/** The department approved it, with the amount of the grant. */
	APPROVED,

	/** The department rejected it, with a reason. */
	REJECTED,

	/** The enterprise withdrew it before a decision. */
	WITHDRAWN;

	private static final Map<ApplicationStep, Set<ApplicationStatus>> FROM = Map.of(
			SAVED, Set.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED),
			SUBMITTED, Set.of(ApplicationStatus.DRAFT),
			RESUBMITTED, Set.of(ApplicationStatus.RETURNED),
			RETURNED, Set.of(ApplicationStatus.SUBMITTED),
			APPROVED, Set.of(ApplicationStatus.SUBMITTED),
			REJECTED, Set.of(ApplicationStatus.SUBMITTED),
			WITHDRAWN, Set.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED));

	/** Whether the step may be taken from the status. */
	public boolean allowedFrom(ApplicationStatus status) {
		return this != CREATED && FROM.get(this).contains(status);
	}

	/**
	 * The status after taking the step from {@code status}.
	 * @throws RefusedActionException {@code policy.application.stepRefused} when the step is not allowed then
	 */
	public ApplicationStatus from(ApplicationStatus status) {
		if (!allowedFrom(status)) {
			throw new RefusedActionException("policy.application.stepRefused", new DefaultMessageSourceResolvable(stepKey()),
					new DefaultMessageSourceResolvable(status.messageKey()));
		}
		return switch (this) {
			case SAVED -> status;
			case SUBMITTED, RESUBMITTED -> ApplicationStatus.SUBMITTED;
			case RETURNED -> ApplicationStatus.RETURNED;
			case APPROVED -> ApplicationStatus.APPROVED;
			case REJECTED -> ApplicationStatus.REJECTED;
			case WITHDRAWN -> ApplicationStatus.WITHDRAWN;
			case CREATED -> ApplicationStatus.DRAFT;
		};
	}

	/** The submitting step for an application in this status: SUBMITTED for a draft, RESUBMITTED after a return. */
	static ApplicationStep submitting(ApplicationStatus status) {
		return status == ApplicationStatus.RETURNED ? RESUBMITTED : SUBMITTED;
	}

	/** The message key of the step's name. */
	public String stepKey() {
		return "policy.application.step." + name();
	}

}
