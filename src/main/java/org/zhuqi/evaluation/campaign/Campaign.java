package org.zhuqi.evaluation.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.zhuqi.evaluation.ledger.LedgerLines.Opening;
import org.zhuqi.evaluation.scoring.Aggregation;
import org.zhuqi.evaluation.scoring.Rubric;
import org.zhuqi.evaluation.scoring.Scale;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;

/**
 * An evaluation campaign (评议活动), e.g. 2026 上半年千家企业评部门: its rubric and trimming, its rating window,
 * and the departments rated in it, split into the live group (in the order they report) and the online group.
 * A small state machine: a {@link CampaignStatus#DRAFT draft} may be revised; opening freezes the rules;
 * closing stops the ballots; publishing and unpublishing move between closed and published.
 */
@Table("evaluation_campaign")
public class Campaign {

	public static final int NAME_MAX = 100;

	public static final int PERIOD_MAX = 50;

	/** More departments than any district has, and a bound on the ledger's opening line. */
	public static final int DEPARTMENTS_MAX = 300;

	@Id
	private Long id;

	@Version
	private Integer version;

	private String name;

	private String periodLabel;

	private CampaignStatus status;

	@Column("rating_scale")
	private Scale scale;

	private BigDecimal trimPercent;

	private Instant opensAt;

	private Instant closesAt;

	private Instant openedAt;

	private Instant closedAt;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "campaign_id", keyColumn = "position")
	private List<DimensionRow> dimensions = new ArrayList<>();

	@MappedCollection(idColumn = "campaign_id")
	private Set<CampaignDepartment> departments = new LinkedHashSet<>();

	Campaign() {
	}

	/** A new draft with these details. */
	static Campaign draft(CampaignDetails details, String createdBy, Instant now) {
		Campaign campaign = new Campaign();
		campaign.status = CampaignStatus.DRAFT;
		campaign.apply(details);
		campaign.createdBy = createdBy;
		campaign.createdAt = now;
		campaign.updatedAt = now;
		return campaign;
	}

	/** Replaces a draft's details and names what changed; only a draft may be revised. */
	List<String> revise(CampaignDetails details, Instant now) {
		requireStatus(CampaignStatus.DRAFT, "evaluation.campaign.notDraft");
		String oldName = name;
		String oldPeriod = periodLabel;
		Rubric oldRubric = rubric();
		Aggregation oldAggregation = aggregation();
		List<Instant> oldWindow = List.of(opensAt, closesAt);
		Set<CampaignDepartment> oldDepartments = Set.copyOf(departments);
		apply(details);
		List<String> changed = new ArrayList<>();
		addIfChanged(changed, "name", oldName, name);
		addIfChanged(changed, "period", oldPeriod, periodLabel);
		addIfChanged(changed, "rubric", oldRubric, rubric());
		addIfChanged(changed, "trim", oldAggregation, aggregation());
		addIfChanged(changed, "window", oldWindow, List.of(opensAt, closesAt));
		addIfChanged(changed, "departments", oldDepartments, Set.copyOf(departments));
		if (!changed.isEmpty()) {
			updatedAt = now;
		}
		return changed;
	}

	private void apply(CampaignDetails details) {
		String cleanName = required(details.name(), "name", NAME_MAX);
		String cleanPeriod = required(details.periodLabel(), "periodLabel", PERIOD_MAX);
		if (details.rubric() == null) {
			throw new RejectedFieldException("dimensions", "evaluation.rubric.dimensions.required");
		}
		if (details.aggregation() == null) {
			throw new RejectedFieldException("trimPercent", "evaluation.trim.required");
		}
		if (details.opensAt() == null) {
			throw new RejectedFieldException("opensAt", "evaluation.window.opensAt.required");
		}
		if (details.closesAt() == null) {
			throw new RejectedFieldException("closesAt", "evaluation.window.closesAt.required");
		}
		if (!details.closesAt().isAfter(details.opensAt())) {
			throw new RejectedFieldException("closesAt", "evaluation.window.order");
		}
		Set<CampaignDepartment> rated = departmentsOf(details.liveDepartmentIds(), details.onlineDepartmentIds());
		name = cleanName;
		periodLabel = cleanPeriod;
		scale = details.rubric().scale();
		dimensions = details.rubric().dimensions().stream().map(DimensionRow::of).toList();
		trimPercent = details.aggregation().trimPercent();
		opensAt = details.opensAt();
		closesAt = details.closesAt();
		departments = rated;
	}

	/** The groups as stored: each department once, in one group, numbered from 1 in the given order. */
	static Set<CampaignDepartment> departmentsOf(List<Long> live, List<Long> online) {
		if (live.size() + online.size() > DEPARTMENTS_MAX) {
			throw new RejectedFieldException("liveDepartmentIds", "evaluation.departments.tooMany", DEPARTMENTS_MAX);
		}
		Set<Long> seen = new HashSet<>();
		Set<CampaignDepartment> rated = new LinkedHashSet<>();
		addGroup(rated, seen, live, DepartmentGroup.LIVE, "liveDepartmentIds");
		addGroup(rated, seen, online, DepartmentGroup.ONLINE, "onlineDepartmentIds");
		return rated;
	}

	private static void addGroup(Set<CampaignDepartment> rated, Set<Long> seen, List<Long> ids, DepartmentGroup group,
			String field) {
		int position = 0;
		for (Long id : ids) {
			if (id == null) {
				throw new RejectedFieldException(field, "evaluation.departments.unknown");
			}
			if (!seen.add(id)) {
				throw new RejectedFieldException(field, "evaluation.departments.duplicate");
			}
			rated.add(new CampaignDepartment(id, group, ++position));
		}
	}

	/**
	 * Opens the draft for ballots: the rules are frozen from now on. Needs at least one department and a
	 * rating window that has not ended.
	 */
	void open(Instant now) {
		requireStatus(CampaignStatus.DRAFT, "evaluation.campaign.notDraft");
		if (departments.isEmpty()) {
			throw new RefusedActionException("evaluation.campaign.open.noDepartments");
		}
		if (!now.isBefore(closesAt)) {
			throw new RefusedActionException("evaluation.campaign.open.windowOver");
		}
		status = CampaignStatus.OPEN;
		openedAt = now;
		updatedAt = now;
	}

	/** Stops the ballots. */
	void close(Instant now) {
		requireStatus(CampaignStatus.OPEN, "evaluation.campaign.notOpen");
		status = CampaignStatus.CLOSED;
		closedAt = now;
		updatedAt = now;
	}

	/** Marks the results published; only a closed campaign's. */
	void publish(Instant now) {
		requireStatus(CampaignStatus.CLOSED, "evaluation.campaign.notClosed");
		status = CampaignStatus.PUBLISHED;
		updatedAt = now;
	}

	/** Takes the results back to closed, e.g. to correct the published text. */
	void unpublish(Instant now) {
		requireStatus(CampaignStatus.PUBLISHED, "evaluation.campaign.notPublished");
		status = CampaignStatus.CLOSED;
		updatedAt = now;
	}

	private void requireStatus(CampaignStatus required, String code) {
		if (status != required) {
			throw new RefusedActionException(code, name);
		}
	}

	/**
	 * Whether ballots are taken at this moment: open, and from the start of the rating window until just before
	 * its end. (No unbalanced brackets in Javadoc here: Modulith's documentation parser trips over them.)
	 */
	public VotingState votingAt(Instant now) {
		return votingState(status, opensAt, closesAt, now);
	}

	/** The rule of {@link #votingAt(Instant)} for a status and window read on their own. */
	public static VotingState votingState(CampaignStatus status, Instant opensAt, Instant closesAt, Instant now) {
		switch (status) {
			case DRAFT:
				return VotingState.NOT_YET_OPEN;
			case OPEN:
				if (now.isBefore(opensAt)) {
					return VotingState.NOT_YET_OPEN;
				}
				return now.isBefore(closesAt) ? VotingState.OPEN : VotingState.CLOSED;
			default:
				return VotingState.CLOSED;
		}
	}

	/** The rules the campaign opens with, as entry 0 of its ledger records them. */
	public Opening ledgerOpening() {
		return new Opening(scale, trimPercent, rubric().weights(), liveDepartmentIds(), onlineDepartmentIds());
	}

	public Rubric rubric() {
		return new Rubric(scale, dimensions.stream().map(DimensionRow::dimension).toList());
	}

	public Aggregation aggregation() {
		return new Aggregation(trimPercent);
	}

	/** The department's place in this campaign, if it is rated in it. */
	public Optional<CampaignDepartment> department(long departmentId) {
		return departments.stream().filter(rated -> rated.departmentId() == departmentId).findFirst();
	}

	/** All rated departments: the live group in order, then the online group in order. */
	public List<CampaignDepartment> departments() {
		return departments.stream()
			.sorted(Comparator.comparing(CampaignDepartment::groupKind).thenComparingInt(CampaignDepartment::position))
			.toList();
	}

	public List<Long> liveDepartmentIds() {
		return idsOf(DepartmentGroup.LIVE);
	}

	public List<Long> onlineDepartmentIds() {
		return idsOf(DepartmentGroup.ONLINE);
	}

	private List<Long> idsOf(DepartmentGroup group) {
		return departments().stream()
			.filter(rated -> rated.groupKind() == group)
			.map(CampaignDepartment::departmentId)
			.toList();
	}

	private static String required(String value, String field, int max) {
		String clean = value == null ? "" : value.strip();
		if (clean.isEmpty()) {
			throw new RejectedFieldException(field, "evaluation.campaign." + field + ".required");
		}
		if (clean.length() > max) {
			throw new RejectedFieldException(field, "evaluation.campaign." + field + ".overLimit", max);
		}
		return clean;
	}

	private static void addIfChanged(List<String> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

	public Long getId() {
		return id;
	}

	public Integer getVersion() {
		return version;
	}

	public String getName() {
		return name;
	}

	public String getPeriodLabel() {
		return periodLabel;
	}

	public CampaignStatus getStatus() {
		return status;
	}

	public Scale getScale() {
		return scale;
	}

	public BigDecimal getTrimPercent() {
		return trimPercent;
	}

	public Instant getOpensAt() {
		return opensAt;
	}

	public Instant getClosesAt() {
		return closesAt;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
