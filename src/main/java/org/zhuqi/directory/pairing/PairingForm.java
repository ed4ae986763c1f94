package org.zhuqi.directory.pairing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The pairing forms: the cadre chosen (found by {@code cadreQ}, a name, phone or department), an optional
 * reason, and for a bulk change the number of matching enterprises the user confirmed.
 */
public class PairingForm {

	@NotNull(message = "{pairing.cadre.required}")
	private Long cadreId;

	@Size(max = PairingService.REASON_MAX)
	private String reason;

	private String cadreQ;

	/** Bulk only: how many enterprises the user saw matching when confirming. */
	private Long expected;

	public Long getCadreId() {
		return cadreId;
	}

	public void setCadreId(Long cadreId) {
		this.cadreId = cadreId;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getCadreQ() {
		return cadreQ;
	}

	public void setCadreQ(String cadreQ) {
		this.cadreQ = cadreQ;
	}

	public Long getExpected() {
		return expected;
	}

	public void setExpected(Long expected) {
		this.expected = expected;
	}

}
