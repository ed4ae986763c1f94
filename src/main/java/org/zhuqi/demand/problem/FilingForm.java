package org.zhuqi.demand.problem;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.multipart.MultipartFile;

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

	/** Files sent with the page form (not part of the JSON body); checked and stored by {@link DemandIntake}. */
	@JsonIgnore
	@Schema(hidden = true)
	private List<MultipartFile> attachments = new ArrayList<>();

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

	public List<MultipartFile> getAttachments() {
		return attachments;
	}

	public void setAttachments(List<MultipartFile> attachments) {
		this.attachments = attachments == null ? new ArrayList<>() : attachments;
	}

}
