package org.zhuqi.evaluation.voter;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One enterprise found by search, to add to the roll with its representative (企业代表), who may be named later.
 */
public class VoterForm {

	@NotNull(message = "{evaluation.voters.enterprise.required}")
	private Long enterpriseId;

	@Size(max = VoterRoll.REPRESENTATIVE_MAX, message = "{evaluation.voters.representative.tooLong}")
	private String representativeName;

	public Long getEnterpriseId() {
		return enterpriseId;
	}

	public void setEnterpriseId(Long enterpriseId) {
		this.enterpriseId = enterpriseId;
	}

	public String getRepresentativeName() {
		return representativeName;
	}

	public void setRepresentativeName(String representativeName) {
		this.representativeName = representativeName;
	}

}
