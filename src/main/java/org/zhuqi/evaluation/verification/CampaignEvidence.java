package org.zhuqi.evaluation.verification;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.Campaigns;
import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.evaluation.ledger.LedgerHead;
import org.zhuqi.evaluation.result.CampaignResults;
import org.zhuqi.evaluation.result.DepartmentResult;
import org.zhuqi.evaluation.result.PublishedResults;
import org.zhuqi.evaluation.result.PublishedSnapshot;
import org.zhuqi.evaluation.result.Results;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.Viewer;

/**
 * The files a campaign is checked with: its ledger up to the current head, and its results with the head they
 * were computed on. Applies {@link VerificationAccess}; reads only.
 */
@Service
class CampaignEvidence {

	/** How often the results are recomputed when ballots keep arriving while they are read. */
	static final int ATTEMPTS = 3;

	/** Reads the results on behalf of a reader {@link VerificationAccess} has admitted. */
	private static final Viewer READER = Viewer.admin("verification");

	private final Campaigns campaigns;

	private final Ledger ledger;

	private final Results results;

	private final PublishedResults published;

	CampaignEvidence(Campaigns campaigns, Ledger ledger, Results results, PublishedResults published) {
		this.campaigns = campaigns;
		this.ledger = ledger;
		this.results = results;
		this.published = published;
	}

	/** The campaign, if it exists (404) and the viewer may read its files (403). */
	Campaign readable(long campaignId, Viewer viewer) {
		VerificationAccess.requirePossibleReader(viewer);
		Campaign campaign = campaigns.findById(campaignId)
			.orElseThrow(() -> new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, campaignId));
		VerificationAccess.requireReader(campaign, viewer);
		return campaign;
	}

	/** The ledger's current head; a draft has no ledger yet (409). */
	LedgerHead head(Campaign campaign) {
		return ledger.head(campaign.getId())
			.orElseThrow(() -> new RefusedActionException("evaluation.verification.noLedger", campaign.getName()));
	}

	/** Streams the ledger from entry 0 to the head. */
	void writeLedger(LedgerHead head, Writer out) throws IOException {
		LedgerExport.write(ledger, head, out);
	}

	/**
	 * The figures for the results file and the head they were computed on. <b>The one place that says where
	 * the figures come from</b>: a published campaign's frozen snapshot ({@link PublishedResults}, with the head
	 * it was published on), else recomputed from the stored ballots ({@link Results}).
	 * <p>
	 * Ballot rows and ledger entries commit together and every commit moves the head, so figures read while
	 * the head stayed put belong to exactly that head; otherwise they are read again.
	 */
	ResultsFile.Contents results(Campaign campaign) {
		long id = campaign.getId();
		Optional<PublishedSnapshot> snapshot = published.of(id);
		if (snapshot.isPresent()) {
			PublishedSnapshot frozen = snapshot.get();
			return new ResultsFile.Contents(id, new LedgerHead(id, frozen.ledgerSeq(), frozen.ledgerHash()),
					frozen.all()
						.stream()
						.map(row -> new ResultsFile.Row(row.departmentId(), row.group().name(), row.ballots(),
								row.weighted(), row.trimmed(), row.groupRank(), row.overallRank(), row.name()))
						.toList());
		}
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			LedgerHead before = head(campaign);
			CampaignResults figures = results.of(id, READER);
			if (before.equals(head(campaign))) {
				return new ResultsFile.Contents(id, before, rows(figures.all()));
			}
		}
		throw new RefusedActionException("evaluation.verification.busy", campaign.getName());
	}

	/** The rows of the results file, in the order given (the overall ranking). */
	static List<ResultsFile.Row> rows(List<DepartmentResult> ranked) {
		return ranked.stream()
			.map(result -> new ResultsFile.Row(result.departmentId(), result.group().name(), result.tally().ballots(),
					result.tally().mean(), result.tally().trimmedMean(), result.groupRank(), result.overallRank(),
					result.name()))
			.toList();
	}

}
