package org.zhuqi.evaluation.live;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignAccess;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.CampaignStatus;
import org.zhuqi.evaluation.campaign.Campaigns;
import org.zhuqi.evaluation.campaign.VotingState;
import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.Viewer;

/**
 * Runs a campaign's live session for the host (the service centre, {@code ADMIN}): starts it and carries out
 * the {@link HostAction host's actions}, guarding against concurrent hosts (the session's version) and auditing
 * each under the campaign ({@value CampaignSetup#AUDIT_TYPE}). Opening and closing a round first take the
 * campaign's ledger lock, as the ballot box does before it stores a ballot: a ballot is either appended before
 * the close commits or refused after it. After each change has committed, {@link LiveSessionChanged} tells the
 * screens.
 */
@Service
public class LiveHost {

	private final LiveSessions sessions;

	private final Campaigns campaigns;

	private final Ledger ledger;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LiveHost(LiveSessions sessions, Campaigns campaigns, Ledger ledger, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.campaigns = campaigns;
		this.ledger = ledger;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The campaign's session, if the host has started it. */
	@Transactional(readOnly = true)
	public Optional<LiveSession> session(long campaignId, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		return sessions.findByCampaignId(campaignId);
	}

	/**
	 * Starts the live session of an open campaign at the first department of its live group. Starting a
	 * started session changes nothing (a double click).
	 */
	@Transactional
	public LiveSession start(long campaignId, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		Campaign campaign = campaign(campaignId);
		Optional<LiveSession> existing = sessions.findByCampaignId(campaignId);
		if (existing.isPresent()) {
			return existing.get();
		}
		if (campaign.getStatus() != CampaignStatus.OPEN) {
			throw new RefusedActionException("evaluation.live.campaignNotOpen", campaign.getName());
		}
		Instant now = clock.instant();
		LiveSession session = sessions.save(LiveSession.start(campaignId, campaign.liveDepartmentIds(),
				viewer.username(), now));
		audit.record(viewer.username(), CampaignSetup.AUDIT_TYPE, campaignId, "live-started",
				"session " + session.getId() + "; live " + campaign.liveDepartmentIds());
		changed(campaignId);
		return session;
	}

	/**
	 * Carries out a host's action on the campaign's session.
	 * @param version the session's version the host's page showed ({@code null}: do not check)
	 * @param seconds the countdown, for {@link HostAction#OPEN_VOTING}
	 */
	@Transactional
	public LiveSession act(long campaignId, HostAction action, Integer version, Integer seconds, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		Campaign campaign = campaign(campaignId);
		if (action.movesRound()) {
			if (campaign.getStatus() == CampaignStatus.DRAFT) {
				throw new RefusedActionException("evaluation.live.campaignNotOpen", campaign.getName());
			}
			ledger.lock(campaignId);
		}
		LiveSession session = sessions.findByCampaignId(campaignId)
			.orElseThrow(() -> new RefusedActionException("evaluation.live.notStarted"));
		if (version != null && !version.equals(session.getVersion())) {
			throw new OptimisticLockingFailureException("live session " + session.getId() + " changed meanwhile");
		}
		Instant now = clock.instant();
		List<Long> lineup = campaign.liveDepartmentIds();
		String detail = "department " + session.currentDepartment(lineup);
		switch (action) {
			case OPEN_VOTING:
				if (campaign.votingAt(now) != VotingState.OPEN) {
					throw new RefusedActionException("evaluation.live.campaignNotOpen", campaign.getName());
				}
				int countdown = seconds == null ? session.getVoteSeconds() : seconds;
				session.openVoting(lineup, countdown, now);
				detail += ", " + countdown + " s";
				break;
			case CLOSE_VOTING:
				session.closeVoting(lineup, now);
				detail += ", ledger head " + ledger.head(campaignId).map(head -> head.seq() + " " + head.hash()).orElse("");
				break;
			case NEXT:
				session.next(lineup, now);
				detail = "to " + session.getPosition() + ", department " + session.currentDepartment(lineup);
				break;
			case PREVIOUS:
				session.previous(lineup, now);
				detail = "to " + session.getPosition() + ", department " + session.currentDepartment(lineup);
				break;
			case SHOW_RESULTS:
				session.showResults(now);
				break;
			case SHOW_ROUND:
				session.showRound(now);
				break;
			case PAUSE:
				session.pause(now);
				break;
			case RESUME:
				session.resume(now);
				break;
			default:
				throw new IllegalArgumentException("unknown host action " + action);
		}
		LiveSession saved = sessions.save(session);
		audit.record(viewer.username(), CampaignSetup.AUDIT_TYPE, campaignId, action.audit(), detail);
		changed(campaignId);
		return saved;
	}

	private Campaign campaign(long campaignId) {
		return campaigns.findById(campaignId)
			.orElseThrow(() -> new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, campaignId));
	}

	/** Tells the screens once the transaction has committed (they read the committed state). */
	private void changed(long campaignId) {
		LiveSessionChanged event = new LiveSessionChanged(campaignId);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			events.publishEvent(event);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				events.publishEvent(event);
			}

		});
	}

}
