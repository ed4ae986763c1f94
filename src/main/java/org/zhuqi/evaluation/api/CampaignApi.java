package org.zhuqi.evaluation.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignForm;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.CampaignStatus;
import org.zhuqi.evaluation.result.CampaignResults;
import org.zhuqi.evaluation.result.Results;
import org.zhuqi.evaluation.scoring.Scale;
import org.zhuqi.evaluation.voter.VoterRoll;
import org.zhuqi.evaluation.voter.VoterRoll.Enrolment;
import org.zhuqi.evaluation.voter.VoterRoll.EnrolmentResult;
import org.zhuqi.evaluation.voter.VoterRoll.IssuedCredential;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * {@code /api/v1/campaigns}: drafts a campaign (the same form and rules as the page), opens and closes it,
 * enrols voters by enterprise id, issues their credentials (the tokens are in that answer only) and reads the
 * results computed from the stored ballots.
 */
@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "evaluation campaigns", description = "千家企业评部门: campaigns, voters, credentials, results")
class CampaignApi {

	private final CampaignSetup setup;

	private final VoterRoll roll;

	private final Results results;

	CampaignApi(CampaignSetup setup, VoterRoll roll, Results results) {
		this.setup = setup;
		this.roll = roll;
		this.results = results;
	}

	/**
	 * A campaign as the API shows it.
	 * @param liveDepartmentIds the live group in the order of reports
	 */
	record CampaignView(long id, int version, String name, String periodLabel, CampaignStatus status, Scale scale,
			BigDecimal trimPercent, Instant opensAt, Instant closesAt, List<Long> liveDepartmentIds,
			List<Long> onlineDepartmentIds) {

		static CampaignView of(Campaign campaign) {
			return new CampaignView(campaign.getId(), campaign.getVersion(), campaign.getName(),
					campaign.getPeriodLabel(), campaign.getStatus(), campaign.getScale(), campaign.getTrimPercent(),
					campaign.getOpensAt(), campaign.getClosesAt(), campaign.liveDepartmentIds(),
					campaign.onlineDepartmentIds());
		}

	}

	/** Enterprises whose representatives to enrol; one voter per enterprise. */
	record VotersRequest(List<Long> enterpriseIds) {
	}

	@Operation(summary = "Draft a campaign; the window (opensAt, closesAt) is in the district's local time, "
			+ "e.g. 2026-06-30T09:00:00")
	@PostMapping
	ResponseEntity<CampaignView> create(@Valid @RequestBody CampaignForm form, Viewer viewer) {
		Campaign campaign = setup.create(form, viewer);
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaign.getId()))
			.body(CampaignView.of(campaign));
	}

	@GetMapping("/{id}")
	CampaignView get(@PathVariable long id, Viewer viewer) {
		return CampaignView.of(setup.get(id, viewer));
	}

	@Operation(summary = "Open the campaign for ballots; writes ledger entry 0 (version: the one last seen, optional)")
	@PostMapping("/{id}/open")
	CampaignView open(@PathVariable long id, @RequestParam(required = false) Integer version, Viewer viewer) {
		return CampaignView.of(setup.open(id, version, viewer));
	}

	@Operation(summary = "Close the campaign: no ballot is accepted after this answer")
	@PostMapping("/{id}/close")
	CampaignView close(@PathVariable long id, @RequestParam(required = false) Integer version, Viewer viewer) {
		return CampaignView.of(setup.close(id, version, viewer));
	}

	@Operation(summary = "Enrol the representatives of these enterprises as voters; enterprises on the roll are skipped")
	@PostMapping("/{id}/voters")
	EnrolmentResult enrol(@PathVariable long id, @RequestBody VotersRequest request, Viewer viewer) {
		if (request.enterpriseIds() == null || request.enterpriseIds().contains(null)) {
			throw new RejectedFieldException("enterpriseIds", "evaluation.voter.none");
		}
		return roll.enrol(id, request.enterpriseIds().stream().map(enterprise -> new Enrolment(enterprise, null)).toList(),
				viewer);
	}

	@Operation(summary = "Issue a credential to every voter without one; the tokens are in this answer only "
			+ "(not stored, never shown again)")
	@PostMapping("/{id}/credentials")
	ResponseEntity<List<IssuedCredential>> issue(@PathVariable long id, Viewer viewer) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(roll.issueCredentials(id, viewer));
	}

	@Operation(summary = "The results computed from the stored ballots: per department the ballots, mean, "
			+ "trimmed mean and ranks")
	@GetMapping("/{id}/results")
	CampaignResults results(@PathVariable long id, Viewer viewer) {
		return results.of(id, viewer);
	}

}
