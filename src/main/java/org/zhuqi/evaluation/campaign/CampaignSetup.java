package org.zhuqi.evaluation.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.evaluation.scoring.Aggregation;
import org.zhuqi.evaluation.scoring.Dimension;
import org.zhuqi.evaluation.scoring.Rubric;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * Drafts, revises, opens and closes campaigns for the service centre: turns the form into checked details
 * (departments must exist and be active), lets {@link Campaign} apply its rules, guards against concurrent
 * edits and audits every change under subject {@value #AUDIT_TYPE}. Opening writes entry 0 of the ledger in
 * the same transaction; closing takes the ledger's lock first, so no ballot slips in after the close commits.
 */
@Service
public class CampaignSetup {

	public static final String AUDIT_TYPE = "evaluation-campaign";

	private static final Pattern DIMENSION_FIELD = Pattern.compile("dimensions\\[(\\d+)](.*)");

	private final Campaigns campaigns;

	private final Ledger ledger;

	private final Directory directory;

	private final AuditLog audit;

	private final Clock clock;

	CampaignSetup(Campaigns campaigns, Ledger ledger, Directory directory, AuditLog audit, Clock clock) {
		this.campaigns = campaigns;
		this.ledger = ledger;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Campaign get(long id, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		return find(id);
	}

	@Transactional
	public Campaign create(CampaignForm form, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		Campaign campaign = campaigns.save(Campaign.draft(checked(form, Set.of()), viewer.username(), clock.instant()));
		audit.record(viewer.username(), AUDIT_TYPE, campaign.getId(), "created",
				campaign.getPeriodLabel() + " " + campaign.getName() + groupsDetail(campaign));
		return campaign;
	}

	@Transactional
	public Campaign revise(long id, CampaignForm form, Viewer viewer) {
		Campaign campaign = get(id, viewer);
		requireVersion(campaign, form.getVersion());
		Set<Long> known = new HashSet<>();
		campaign.departments().forEach(rated -> known.add(rated.departmentId()));
		List<String> changed = campaign.revise(checked(form, known), clock.instant());
		if (!changed.isEmpty()) {
			campaigns.save(campaign);
			audit.record(viewer.username(), AUDIT_TYPE, id, "updated", String.join(",", changed) + groupsDetail(campaign));
		}
		return campaign;
	}

	/** Opens the campaign for ballots and writes its rules as entry 0 of its ledger. */
	@Transactional
	public Campaign open(long id, Integer version, Viewer viewer) {
		Campaign campaign = get(id, viewer);
		requireVersion(campaign, version);
		Instant now = clock.instant();
		campaign.open(now);
		campaigns.save(campaign);
		String head = ledger.open(id, campaign.ledgerOpening(), now).hash();
		audit.record(viewer.username(), AUDIT_TYPE, id, "opened", "ledger entry 0 " + head);
		return campaign;
	}

	/** Stops the ballots. Waits for ballots being appended, then commits the close before any later one. */
	@Transactional
	public Campaign close(long id, Integer version, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		if (ledger.head(id).isPresent()) {
			ledger.lock(id);
		}
		Campaign campaign = find(id);
		requireVersion(campaign, version);
		campaign.close(clock.instant());
		campaigns.save(campaign);
		String head = ledger.head(id).map(h -> h.seq() + " " + h.hash()).orElse("");
		audit.record(viewer.username(), AUDIT_TYPE, id, "closed", "ledger head " + head);
		return campaign;
	}

	/**
	 * Marks a closed campaign's results published, audited with the ledger head; part of the caller's
	 * transaction, in which {@code ResultsPublisher} stores the frozen snapshot.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Campaign publish(long id, Integer version, Viewer viewer) {
		Campaign campaign = get(id, viewer);
		requireVersion(campaign, version);
		campaign.publish(clock.instant());
		campaigns.save(campaign);
		String head = ledger.head(id).map(h -> h.seq() + " " + h.hash()).orElse("");
		audit.record(viewer.username(), AUDIT_TYPE, id, "published", "ledger head " + head);
		return campaign;
	}

	/**
	 * Takes published results back to closed, with the reason audited; part of the caller's transaction, in
	 * which {@code ResultsPublisher} withdraws the snapshot.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Campaign unpublish(long id, Integer version, String reason, Viewer viewer) {
		Campaign campaign = get(id, viewer);
		requireVersion(campaign, version);
		campaign.unpublish(clock.instant());
		campaigns.save(campaign);
		audit.record(viewer.username(), AUDIT_TYPE, id, "unpublished", reason);
		return campaign;
	}

	private Campaign find(long id) {
		return campaigns.findById(id).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, id));
	}

	private static void requireVersion(Campaign campaign, Integer version) {
		if (version != null && !version.equals(campaign.getVersion())) {
			throw new OptimisticLockingFailureException("campaign " + campaign.getId() + " changed meanwhile");
		}
	}

	/**
	 * The form as details: rubric and trimming checked by their rules (errors name the form's own rubric row),
	 * the window in the district's zone, and every department known and active, except those the campaign
	 * already rates (one may have been deactivated since). Empty slots of the groups are dropped.
	 */
	private CampaignDetails checked(CampaignForm form, Set<Long> known) {
		Rubric rubric = rubric(form);
		Aggregation aggregation = new Aggregation(form.getTrimPercent());
		List<Long> live = form.getLiveDepartmentIds().stream().filter(Objects::nonNull).toList();
		List<Long> online = form.getOnlineDepartmentIds().stream().filter(Objects::nonNull).toList();
		live.forEach(id -> department(id, known, "liveDepartmentIds"));
		online.forEach(id -> department(id, known, "onlineDepartmentIds"));
		return new CampaignDetails(form.getName(), form.getPeriodLabel(), rubric, aggregation,
				instant(form.getOpensAt()), instant(form.getClosesAt()), live, online);
	}

	private Rubric rubric(CampaignForm form) {
		List<DimensionForm> rows = form.getDimensions();
		List<Integer> rowOfDimension = new ArrayList<>();
		List<Dimension> dimensions = new ArrayList<>();
		for (int row = 0; row < rows.size(); row++) {
			DimensionForm dimension = rows.get(row);
			if (dimension != null && !dimension.isBlank()) {
				rowOfDimension.add(row);
				dimensions.add(new Dimension(dimension.getNameZh(), dimension.getNameEn(), dimension.getWeight()));
			}
		}
		try {
			return new Rubric(form.getScale(), dimensions);
		}
		catch (RejectedFieldException ex) {
			Matcher field = DIMENSION_FIELD.matcher(ex.field());
			if (!field.matches()) {
				throw ex;
			}
			int row = rowOfDimension.get(Integer.parseInt(field.group(1)));
			throw new RejectedFieldException("dimensions[" + row + "]" + field.group(2), ex.code(), ex.arguments());
		}
	}

	private void department(Long id, Set<Long> known, String field) {
		boolean usable = id != null
				&& (known.contains(id) || directory.department(id).map(DepartmentRef::active).orElse(false));
		if (!usable) {
			throw new RejectedFieldException(field, "evaluation.departments.unknown");
		}
	}

	private Instant instant(LocalDateTime local) {
		return local == null ? null : local.atZone(clock.getZone()).toInstant();
	}

	private static String groupsDetail(Campaign campaign) {
		return "; live " + campaign.liveDepartmentIds() + "; online " + campaign.onlineDepartmentIds();
	}

}
