package org.zhuqi.evaluation.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuqi.evaluation.ledger.LedgerChain.Break;
import org.zhuqi.evaluation.ledger.LedgerChain.Verification;
import org.zhuqi.evaluation.ledger.LedgerLines.BallotContent;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerChainTests {

	private static final Instant START = Instant.parse("2026-06-30T01:30:00Z");

	@Test
	void acceptsAnIntactChainAndReportsItsHead() {
		List<LedgerEntry> chain = chain(7, 5);
		Verification verification = LedgerChain.verify(chain);
		assertThat(verification.intact()).isTrue();
		assertThat(verification.entries()).isEqualTo(6);
		assertThat(verification.headHash()).isEqualTo(chain.get(5).hash());
		assertThat(LedgerChain.verify(List.of()).headHash()).isEqualTo(LedgerLines.GENESIS);
	}

	@Test
	void detectsAnAlteredBallotAtItsOwnEntry() {
		List<LedgerEntry> chain = chain(7, 5);
		LedgerEntry original = chain.get(2);
		chain.set(2, new LedgerEntry(2, original.line().replace("|8,9,7,10|", "|1,1,1,1|"), original.hash()));
		assertBroken(chain, 2, Break.WRONG_HASH);
	}

	@Test
	void detectsAnAlteredBallotWhoseHashWasRecomputedAtTheNextEntry() {
		List<LedgerEntry> chain = chain(7, 5);
		chain.set(2, LedgerEntry.of(2, chain.get(2).line().replace("|8,9,7,10|", "|1,1,1,1|")));
		assertBroken(chain, 3, Break.WRONG_PREVIOUS);
	}

	@Test
	void detectsARemovedBallot() {
		List<LedgerEntry> chain = chain(7, 5);
		chain.remove(2);
		assertBroken(chain, 2, Break.OUT_OF_SEQUENCE);
		List<LedgerEntry> lastRemoved = chain(7, 5);
		lastRemoved.remove(5);
		Verification truncated = LedgerChain.verify(lastRemoved);
		assertThat(truncated.intact()).as("a cut end is only seen against the published head").isTrue();
		assertThat(truncated.headHash()).isNotEqualTo(chain(7, 5).get(5).hash());
	}

	@Test
	void detectsAnInsertedBallot() {
		List<LedgerEntry> chain = chain(7, 5);
		String forged = LedgerLines.ballot(7, 2, new BallotContent(12, "PHONE", List.of(10, 10, 10, 10), null),
				START.plusSeconds(2), chain.get(1).hash());
		chain.add(2, LedgerEntry.of(2, forged));
		assertBroken(chain, 3, Break.OUT_OF_SEQUENCE);
	}

	@Test
	void detectsAnEntryOfAnotherCampaignAndAMissingOpening() {
		List<LedgerEntry> chain = chain(7, 3);
		List<LedgerEntry> other = chain(8, 3);
		chain.set(2, other.get(2));
		assertBroken(chain, 2, Break.OTHER_CAMPAIGN);
		assertBroken(chain(7, 3).subList(1, 4), 0, Break.MALFORMED);
	}

	private static void assertBroken(List<LedgerEntry> chain, long at, Break problem) {
		Verification verification = LedgerChain.verify(chain);
		assertThat(verification.intact()).isFalse();
		assertThat(verification.brokenAt()).isEqualTo(at);
		assertThat(verification.problem()).isEqualTo(problem);
	}

	/** An opening and {@code ballots} ballot entries of one campaign. */
	static List<LedgerEntry> chain(long campaignId, int ballots) {
		List<LedgerEntry> chain = new ArrayList<>();
		chain.add(LedgerEntry.of(0, LedgerLines.opening(campaignId, LedgerLinesTests.OPENING, START)));
		for (int seq = 1; seq <= ballots; seq++) {
			String line = LedgerLines.ballot(campaignId, seq,
					new BallotContent(seq % 2 == 0 ? 12 : 3, "PHONE", List.of(8, 9, 7, 10), null), START.plusSeconds(seq),
					chain.get(seq - 1).hash());
			chain.add(LedgerEntry.of(seq, line));
		}
		return chain;
	}

}
