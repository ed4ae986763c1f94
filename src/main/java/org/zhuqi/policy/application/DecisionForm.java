package org.zhuqi.policy.application;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A review decision on the page and as JSON: the amount of an approval (empty for the amount the policy's rule
 * computes; another amount needs a reason), or the reason of a rejection or return.
 */
public class DecisionForm {

	@Positive
	@Digits(integer = 16, fraction = 2)
	private BigDecimal amount;

	@Size(max = 1000)
	private String reason;

	private Integer version;

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
