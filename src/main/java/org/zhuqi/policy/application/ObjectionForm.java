package org.zhuqi.policy.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An objection (异议) to one grant of a notice, recorded by staff: who raised it and what it says.
 */
public class ObjectionForm {

	@NotNull
	private Long grantId;

	@NotBlank
	@Size(max = 100)
	private String objector;

	@NotBlank
	@Size(max = 2000)
	private String content;

	public Long getGrantId() {
		return grantId;
	}

	public void setGrantId(Long grantId) {
		this.grantId = grantId;
	}

	public String getObjector() {
		return objector;
	}

	public void setObjector(String objector) {
		this.objector = objector;
	}

	public String getContent() {
		return content;
	}

	public void setContent(String content) {
		this.content = content;
	}

}
