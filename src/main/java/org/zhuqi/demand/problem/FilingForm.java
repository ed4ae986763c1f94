package org.zhuqi.demand.problem;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an enterprise or a cadre types to file a problem: the page form and the JSON body of
 * {@code POST /api/v1/demands}. An enterprise user files for itself, so it may leave {@code enterpriseId}
 * empty; {@code visitId} links a cadre's visit record (走访记录).
 */
public class FilingForm {

	private Long enterpriseId;

	@NotBlank
	private String categoryCode;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotBlank
	@Size(max = 4000)
	private String description;

	@NotNull
	private Urgency urgency = Urgency.NORMAL;

	private Long visitId;

	public Long getEnterpriseId() {
		return enterpriseId;
	}

	public void setEnterpriseId(Long enterpriseId) {
		this.enterpriseId = enterpriseId;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Urgency getUrgency() {
		return urgency;
	}

	public void setUrgency(Urgency urgency) {
		this.urgency = urgency;
	}

	public Long getVisitId() {
		return visitId;
	}

	public void setVisitId(Long visitId) {
		this.visitId = visitId;
	}

}
