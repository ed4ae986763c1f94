package org.zhuqi.policy.payout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reversal (冲正) form: why a paid payment is reversed. */
class ReversalForm {

	@NotBlank(message = "{policy.payout.reversal.reasonRequired}")
	@Size(max = PayoutRules.TEXT_MAX, message = "{policy.payout.reversal.reasonLong}")
	private String reason;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
