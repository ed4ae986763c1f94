package org.zhuqi.policy.application;

import org.junit.jupiter.api.Test;
import org.zhuqi.shared.RefusedActionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhuqi.policy.application.ApplicationStatus.APPROVED;
import static org.zhuqi.policy.application.ApplicationStatus.DRAFT;
import static org.zhuqi.policy.application.ApplicationStatus.REJECTED;
import static org.zhuqi.policy.application.ApplicationStatus.RETURNED;
import static org.zhuqi.policy.application.ApplicationStatus.SUBMITTED;
import static org.zhuqi.policy.application.ApplicationStatus.WITHDRAWN;

class ApplicationStepTests {

	@Test
	void draftIsSavedAndSubmitted() {
		assertThat(ApplicationStep.SAVED.from(DRAFT)).isEqualTo(DRAFT);
		assertThat(ApplicationStep.SUBMITTED.from(DRAFT)).isEqualTo(SUBMITTED);
		assertThat(ApplicationStep.submitting(DRAFT)).isEqualTo(ApplicationStep.SUBMITTED);
	}

	@Test
	void reviewDecidesOnlySubmittedApplications() {
		assertThat(ApplicationStep.APPROVED.from(SUBMITTED)).isEqualTo(APPROVED);
		assertThat(ApplicationStep.REJECTED.from(SUBMITTED)).isEqualTo(REJECTED);
		assertThat(ApplicationStep.RETURNED.from(SUBMITTED)).isEqualTo(RETURNED);
		for (ApplicationStatus status : ApplicationStatus.values()) {
			if (status != SUBMITTED) {
				assertThatThrownBy(() -> ApplicationStep.APPROVED.from(status))
					.isInstanceOf(RefusedActionException.class);
			}
		}
	}

	@Test
	void returnedApplicationIsEditedAndResubmitted() {
		assertThat(ApplicationStep.SAVED.from(RETURNED)).isEqualTo(RETURNED);
		assertThat(ApplicationStep.submitting(RETURNED)).isEqualTo(ApplicationStep.RESUBMITTED);
		assertThat(ApplicationStep.RESUBMITTED.from(RETURNED)).isEqualTo(SUBMITTED);
		assertThatThrownBy(() -> ApplicationStep.SUBMITTED.from(RETURNED)).isInstanceOf(RefusedActionException.class);
	}

	@Test
	void decidedApplicationsAreFinal() {
		for (ApplicationStatus decided : new ApplicationStatus[] { APPROVED, REJECTED, WITHDRAWN }) {
			for (ApplicationStep step : ApplicationStep.values()) {
				assertThat(step.allowedFrom(decided)).as(step + " from " + decided).isFalse();
			}
		}
	}

	@Test
	void withdrawingIsPossibleBeforeADecision() {
		assertThat(ApplicationStep.WITHDRAWN.from(DRAFT)).isEqualTo(WITHDRAWN);
		assertThat(ApplicationStep.WITHDRAWN.from(SUBMITTED)).isEqualTo(WITHDRAWN);
		assertThat(ApplicationStep.WITHDRAWN.from(RETURNED)).isEqualTo(WITHDRAWN);
	}

	@Test
	void onlyRejectedAndWithdrawnFreeTheSlot() {
		assertThat(DRAFT.holdsSlot()).isTrue();
		assertThat(SUBMITTED.holdsSlot()).isTrue();
		assertThat(RETURNED.holdsSlot()).isTrue();
		assertThat(APPROVED.holdsSlot()).isTrue();
		assertThat(REJECTED.holdsSlot()).isFalse();
		assertThat(WITHDRAWN.holdsSlot()).isFalse();
	}

	@Test
	void onlyDraftsAndReturnedApplicationsAreEditable() {
		assertThat(DRAFT.editable()).isTrue();
		assertThat(RETURNED.editable()).isTrue();
		assertThat(SUBMITTED.editable()).isFalse();
		assertThat(APPROVED.editable()).isFalse();
	}

}
