package org.zhuqi.demand.meeting;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A decision to record as an action item (督办事项), on the meeting page and as the JSON body of
 * {@code POST /api/v1/meetings/{id}/actions}. {@code demandId} optionally names the key problem on the agenda
 * it belongs to.
 */
public class ActionItemForm {

	@NotBlank(message = "{actionItem.description.required}")
	@Size(max = ActionItem.DESCRIPTION_MAX, message = "{actionItem.description.tooLong}")
	private String description;

	@NotNull(message = "{actionItem.owner.required}")
	private Long ownerDepartmentId;

	@NotNull(message = "{actionItem.dueOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	private Long demandId;

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getOwnerDepartmentId() {
		return ownerDepartmentId;
	}

	public void setOwnerDepartmentId(Long ownerDepartmentId) {
		this.ownerDepartmentId = ownerDepartmentId;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public Long getDemandId() {
		return demandId;
	}

	public void setDemandId(Long demandId) {
		this.demandId = demandId;
	}

}
