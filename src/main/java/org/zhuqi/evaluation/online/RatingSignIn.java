package org.zhuqi.evaluation.online;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.zhuqi.evaluation.voter.VoterCredentials.Check;
import org.zhuqi.evaluation.voter.VoterCredentials.Standing;
import org.zhuqi.evaluation.voter.VoterCredentials;
import org.zhuqi.evaluation.voter.VoterKeys;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FailureThrottle;

/**
 * Establishes who rates online, by either path, and keeps one voter to one voter key:
 * <ul>
 * <li><b>credential</b>: the token typed in (or passed from the voter page); its check claims the credential path
 * for the voter (see {@link VoterCredentials#check}); the voter key is HMAC(secret, token);</li>
 * <li><b>enterprise account</b>: a signed-in {@link Role#ENTERPRISE} user whose enterprise is on the campaign's roll
 * with an issued, not revoked credential; the first sign-in claims the account path; the voter key is
 * HMAC(secret, {@code "account:" + campaign + ":" + voter}).</li>
 * </ul>
 * Once a path is taken the other is refused with a message naming the path to keep using.
 */
@Service
class RatingSignIn {

	private final VoterCredentials credentials;

	private final OnlineVoters voters;

	private final VoterKeys keys;

	RatingSignIn(VoterCredentials credentials, OnlineVoters voters, VoterKeys keys) {
		this.credentials = credentials;
		this.voters = voters;
		this.keys = keys;
	}

	/**
	 * The outcome of signing in: a rater, or the message code of the refusal.
	 * @param wrongCredential whether the refusal counts as a failed attempt for {@link FailureThrottle}
	 */
	record SignIn(OnlineRater rater, String refusal, boolean wrongCredential) {

		static SignIn of(OnlineRater rater) {
			return new SignIn(rater, null, false);
		}

		static SignIn refused(String refusal, boolean wrongCredential) {
			return new SignIn(null, refusal, wrongCredential);
		}

		boolean succeeded() {
			return rater != null;
		}

	}

	SignIn withCredential(long campaignId, String token) {
		String clean = token == null ? null : token.strip();
		Check check = credentials.check(campaignId, clean);
		if (check.standing() == Standing.VALID) {
			return SignIn.of(new OnlineRater(campaignId, check.voterKey()));
		}
		if (check.standing() == Standing.UNKNOWN) {
			return SignIn.refused("evaluation.ballot.unknownCredential", true);
		}
		Optional<OnlineVoters.RollEntry> voter = voters.byCredential(campaignId, clean);
		if (voter.isPresent() && !voter.get().revoked() && voter.get().path() == RatingPath.ACCOUNT) {
			return SignIn.refused(RatingPath.ACCOUNT.lockedOutCode(), false);
		}
		return SignIn.refused("evaluation.ballot.revokedCredential", true);
	}

	SignIn withAccount(long campaignId, Viewer viewer) {
		if (!viewer.is(Role.ENTERPRISE) || viewer.enterpriseId() == null) {
			return SignIn.refused("evaluation.online.account.notEnterprise", false);
		}
		Optional<OnlineVoters.RollEntry> found = voters.byEnterprise(campaignId, viewer.enterpriseId());
		if (found.isEmpty() || !found.get().issued()) {
			return SignIn.refused("evaluation.online.account.notOnRoll", false);
		}
		OnlineVoters.RollEntry voter = found.get();
		if (voter.revoked()) {
			return SignIn.refused("evaluation.online.account.revoked", false);
		}
		RatingPath path = voter.path() == null ? voters.claimAccount(voter.id()) : voter.path();
		if (path != RatingPath.ACCOUNT) {
			return SignIn.refused(RatingPath.CREDENTIAL.lockedOutCode(), false);
		}
		return SignIn.of(new OnlineRater(campaignId, keys.keyOf(accountKeyInput(campaignId, voter.id()))));
	}

	/** What an account voter's key is the HMAC of; cannot collide with a token (no ':' in Base64url). */
	static String accountKeyInput(long campaignId, long voterId) {
		return "account:" + campaignId + ":" + voterId;
	}

}
