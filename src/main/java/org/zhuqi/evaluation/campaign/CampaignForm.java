package org.zhuqi.evaluation.campaign;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.zhuqi.evaluation.scoring.Scale;

/**
 * What the service centre enters to draft or revise a campaign. The rating window is in the district's local
 * time; {@code liveDepartmentIds} is in the order the departments report. Bean Validation checks the shape;
 * {@link org.zhuqi.evaluation.scoring.Rubric}, {@link org.zhuqi.evaluation.scoring.Aggregation},
 * {@link Campaign} and {@link CampaignSetup} check the rules and references.
 */
public class CampaignForm {

	@NotBlank(message = "{evaluation.campaign.name.required}")
	@Size(max = Campaign.NAME_MAX, message = "{evaluation.campaign.name.tooLong}")
	private String name;

	@NotBlank(message = "{evaluation.campaign.periodLabel.required}")
	@Size(max = Campaign.PERIOD_MAX, message = "{evaluation.campaign.periodLabel.tooLong}")
	private String periodLabel;

	@NotNull(message = "{evaluation.rubric.scale.required}")
	private Scale scale = Scale.TEN_POINT;

	@NotNull(message = "{evaluation.trim.required}")
	private BigDecimal trimPercent = BigDecimal.ZERO;

	@NotNull(message = "{evaluation.window.opensAt.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime opensAt;

	@NotNull(message = "{evaluation.window.closesAt.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime closesAt;

	private List<DimensionForm> dimensions = new ArrayList<>();

	private List<Long> liveDepartmentIds = new ArrayList<>();

	private List<Long> onlineDepartmentIds = new ArrayList<>();

	/** The version the editor started from; a mismatch means somebody else saved meanwhile. */
	private Integer version;

	/** The form for editing a campaign, its window shown in {@code zone}. */
	public static CampaignForm of(Campaign campaign, ZoneId zone) {
		CampaignForm form = new CampaignForm();
		form.name = campaign.getName();
		form.periodLabel = campaign.getPeriodLabel();
		form.scale = campaign.getScale();
		form.trimPercent = campaign.getTrimPercent();
		form.opensAt = LocalDateTime.ofInstant(campaign.getOpensAt(), zone);
		form.closesAt = LocalDateTime.ofInstant(campaign.getClosesAt(), zone);
		form.dimensions = new ArrayList<>(campaign.rubric()
			.dimensions()
			.stream()
			.map(dimension -> new DimensionForm(dimension.nameZh(), dimension.nameEn(), dimension.weight()))
			.toList());
		form.liveDepartmentIds = new ArrayList<>(campaign.liveDepartmentIds());
		form.onlineDepartmentIds = new ArrayList<>(campaign.onlineDepartmentIds());
		form.version = campaign.getVersion();
		return form;
	}

	/** The rows that are not wholly blank, in order. */
	List<DimensionForm> filledDimensions() {
		return dimensions.stream().filter(row -> row != null && !row.isBlank()).toList();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPeriodLabel() {
		return periodLabel;
	}

	public void setPeriodLabel(String periodLabel) {
		this.periodLabel = periodLabel;
	}

	public Scale getScale() {
		return scale;
	}

	public void setScale(Scale scale) {
		this.scale = scale;
	}

	public BigDecimal getTrimPercent() {
		return trimPercent;
	}

	public void setTrimPercent(BigDecimal trimPercent) {
		this.trimPercent = trimPercent;
	}

	public LocalDateTime getOpensAt() {
		return opensAt;
	}

	public void setOpensAt(LocalDateTime opensAt) {
		this.opensAt = opensAt;
	}

	public LocalDateTime getClosesAt() {
		return closesAt;
	}

	public void setClosesAt(LocalDateTime closesAt) {
		this.closesAt = closesAt;
	}

	public List<DimensionForm> getDimensions() {
		return dimensions;
	}

	public void setDimensions(List<DimensionForm> dimensions) {
		this.dimensions = dimensions == null ? new ArrayList<>() : new ArrayList<>(dimensions);
	}

	public List<Long> getLiveDepartmentIds() {
		return liveDepartmentIds;
	}

	public void setLiveDepartmentIds(List<Long> liveDepartmentIds) {
		this.liveDepartmentIds = liveDepartmentIds == null ? new ArrayList<>() : new ArrayList<>(liveDepartmentIds);
	}

	public List<Long> getOnlineDepartmentIds() {
		return onlineDepartmentIds;
	}

	public void setOnlineDepartmentIds(List<Long> onlineDepartmentIds) {
		this.onlineDepartmentIds = onlineDepartmentIds == null ? new ArrayList<>()
				: new ArrayList<>(onlineDepartmentIds);
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
