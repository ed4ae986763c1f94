package org.zhuqi.demand.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the service centre enters to record or edit a coordination meeting, on the page form and as the JSON
 * body of {@code POST /api/v1/meetings}. {@code agenda} lists problem ids in the order of discussion.
 * Bean Validation checks the shape; {@link MeetingService} and {@link Meeting} check the references and rules.
 */
public class MeetingForm {

	@NotBlank(message = "{meeting.title.required}")
	@Size(max = Meeting.TITLE_MAX, message = "{meeting.title.tooLong}")
	private String title;

	@NotNull(message = "{meeting.heldOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	@NotNull(message = "{meeting.convener.required}")
	private Long convenerDepartmentId;

	@NotEmpty(message = "{meeting.attending.required}")
	private Set<Long> attendingDepartmentIds = new LinkedHashSet<>();

	private List<Long> agenda = new ArrayList<>();

	@Size(max = Meeting.MINUTES_MAX, message = "{meeting.minutes.tooLong}")
	private String minutes;

	/** The version the editor started from; a mismatch means somebody else saved meanwhile. */
	private Integer version;

	public static MeetingForm of(Meeting meeting) {
		MeetingForm form = new MeetingForm();
		form.title = meeting.getTitle();
		form.heldOn = meeting.getHeldOn();
		form.convenerDepartmentId = meeting.getConvenerDepartmentId();
		form.attendingDepartmentIds = meeting.attendingDepartmentIds();
		form.agenda = new ArrayList<>(meeting.agendaDemandIds());
		form.minutes = meeting.getMinutes();
		form.version = meeting.getVersion();
		return form;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public Long getConvenerDepartmentId() {
		return convenerDepartmentId;
	}

	public void setConvenerDepartmentId(Long convenerDepartmentId) {
		this.convenerDepartmentId = convenerDepartmentId;
	}

	public Set<Long> getAttendingDepartmentIds() {
		return attendingDepartmentIds;
	}

	public void setAttendingDepartmentIds(Set<Long> attendingDepartmentIds) {
		this.attendingDepartmentIds = attendingDepartmentIds == null ? new LinkedHashSet<>()
				: new LinkedHashSet<>(attendingDepartmentIds);
	}

	public List<Long> getAgenda() {
		return agenda;
	}

	public void setAgenda(List<Long> agenda) {
		this.agenda = agenda == null ? new ArrayList<>() : new ArrayList<>(agenda);
	}

	public String getMinutes() {
		return minutes;
	}

	public void setMinutes(String minutes) {
		this.minutes = minutes;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
