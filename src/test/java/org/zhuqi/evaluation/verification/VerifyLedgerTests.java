package org.zhuqi.evaluation.verification;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuqi.evaluation.ledger.LedgerEntry;
import org.zhuqi.evaluation.ledger.LedgerLines;
import org.zhuqi.evaluation.ledger.LedgerLines.BallotContent;
import org.zhuqi.evaluation.ledger.LedgerLines.Opening;
import org.zhuqi.evaluation.scoring.Scale;
import org.zhuqi.evaluation.verification.Verifier.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tools/VerifyLedger.java} run as a program (once through the source launcher exactly as documented, then
 * compiled once, for speed) on ledgers written with {@link LedgerLines}: an intact
 * ledger and matching results pass; an altered, removed or inserted ballot is reported at its entry; a results
 * file with one wrong score is a mismatch.
 */
class VerifyLedgerTests {

	static final Opening OPENING = new Opening(Scale.TEN_POINT, new BigDecimal("5"),
			TestLedger.weights("30", "30", "20", "20"), List.of(12L, 3L), List.of(9L, 4L));

	@TempDir
	Path files;

	/** Campaign 7: departments 12 and 3 live, 4 and 9 online; 6 ballots. */
	static TestLedger campaign() {
		return new TestLedger(7, OPENING, List.of(12L, 3L), List.of(9L, 4L)).ballot(12, List.of(8, 9, 7, 10))
			.ballot(12, List.of(9, 9, 9, 9))
			.ballot(3, List.of(9, 9, 9, 9))
			.ballot(3, List.of(8, 9, 7, 10))
			.ballot(9, List.of(6, 6, 6, 6))
			.ballot(12, List.of(10, 10, 10, 10));
	}

	@Test
	void passesAnIntactLedgerWithItsResultsAndPrintsTheRanking() {
		TestLedger ledger = campaign();
		Outcome outcome = Verifier.launchSource(ledger.writeLedger(files.resolve("ledger.jsonl")),
				ledger.writeResults(files.resolve("results.csv")));
		assertThat(outcome.exitCode()).as(outcome.output()).isZero();
		assertThat(outcome.output()).contains("campaign 7, 7 entries (seq 0..6), chain intact")
			.contains("Head: seq 6 hash " + ledger.head().hash())
			.contains("Ballots: 6 in 4 departments (live 2, online 2)")
			.endsWith("OK\n");
		// 12: 8.5, 9, 10 → 9.1667; 3: 9, 8.5 → 8.75; 9: 6; 4: none
		assertThat(outcome.ranking()).containsExactly("12=1", "3=2", "9=3", "4=-");
		assertThat(outcome.output()).containsPattern("1\\s+12\\s+LIVE\\s+1\\s+3\\s+9.1667\\s+9.1667");
		assertThat(Verifier.launch(files.resolve("ledger.jsonl")).exitCode()).as("without a results file").isZero();
	}

	@Test
	void reportsTheEntryOfABallotWhoseScoreWasAltered() {
		List<LedgerEntry> entries = campaign().entries();
		LedgerEntry original = entries.get(4);
		entries.set(4, new LedgerEntry(4, original.line().replace("|8,9,7,10|", "|10,10,10,10|"), original.hash()));
		Outcome outcome = Verifier.launch(TestLedger.writeLedger(files.resolve("ledger.jsonl"), entries));
		assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
		assertThat(outcome.output()).startsWith("BROKEN at seq 4 (line 5 of ledger.jsonl): ALTERED");
	}

	@Test
	void reportsTheNextEntryWhenAnAlteredBallotWasRehashed() {
		List<LedgerEntry> entries = campaign().entries();
		entries.set(4, LedgerEntry.of(4, entries.get(4).line().replace("|8,9,7,10|", "|10,10,10,10|")));
		Outcome outcome = Verifier.launch(TestLedger.writeLedger(files.resolve("ledger.jsonl"), entries));
		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(outcome.output()).startsWith("BROKEN at seq 5 (line 6 of ledger.jsonl): BAD_LINK")
			.contains("entry 4 was altered and its hash recomputed");
	}

	@Test
	void reportsARemovedBallot() {
		List<LedgerEntry> entries = campaign().entries();
		entries.remove(3);
		Outcome outcome = Verifier.launch(TestLedger.writeLedger(files.resolve("ledger.jsonl"), entries));
		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(outcome.output()).startsWith("BROKEN at seq 3 (line 4 of ledger.jsonl): REMOVED")
			.contains("expected seq 3, found seq 4");
	}

	@Test
	void reportsAnInsertedBallot() {
		List<LedgerEntry> entries = campaign().entries();
		String forged = LedgerLines.ballot(7, 3, new BallotContent(3, "PHONE", List.of(1, 1, 1, 1), null),
				java.time.Instant.parse("2026-06-30T01:30:03Z"), entries.get(2).hash());
		entries.add(3, LedgerEntry.of(3, forged));
		Outcome outcome = Verifier.launch(TestLedger.writeLedger(files.resolve("ledger.jsonl"), entries));
		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(outcome.output()).startsWith("BROKEN at seq 4 (line 5 of ledger.jsonl): INSERTED")
			.contains("expected seq 4, found seq 3");
	}

	@Test
	void reportsEveryDifferenceOfAResultsFileWithAWrongScore() throws Exception {
		TestLedger ledger = campaign();
		Path results = ledger.writeResults(files.resolve("results.csv"));
		String text = Files.readString(results);
		assertThat(text).contains("\n12,LIVE,3,9.1667,9.1667,1,1,\"部门12\"\n");
		Files.writeString(results, text.replace("\n12,LIVE,3,9.1667,9.1667,", "\n12,LIVE,3,9.1667,9.1668,"));
		Outcome outcome = Verifier.launch(ledger.writeLedger(files.resolve("ledger.jsonl")), results);
		assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(2);
		assertThat(outcome.output()).contains("MISMATCH department 12 trimmed_score: results 9.1668, ledger gives 9.1667")
			.contains("RESULTS DO NOT MATCH: 1 difference(s)");
	}

	@Test
	void reportsALedgerCutOffBeforeTheResultsHead() {
		TestLedger ledger = campaign();
		Path results = ledger.writeResults(files.resolve("results.csv"));
		List<LedgerEntry> entries = ledger.entries();
		entries.remove(6);
		Outcome outcome = Verifier.launch(TestLedger.writeLedger(files.resolve("ledger.jsonl"), entries), results);
		assertThat(outcome.exitCode()).isEqualTo(2);
		assertThat(outcome.output()).contains("MISMATCH head: the results were computed on seq 6 but the ledger ends at seq 5");
	}

	@Test
	void countsOnlyUpToTheResultsHeadWhenTheLedgerWentOn() {
		TestLedger ledger = campaign();
		Path results = ledger.writeResults(files.resolve("results.csv"));
		ledger.ballot(4, List.of(1, 1, 1, 1));
		Outcome outcome = Verifier.launch(ledger.writeLedger(files.resolve("ledger.jsonl")), results);
		assertThat(outcome.exitCode()).as(outcome.output()).isZero();
		assertThat(outcome.output()).contains("1 later entries not counted");
	}

	@Test
	void refusesFilesThatAreNotWhatTheyShouldBe() throws Exception {
		Path notResults = TestLedger.write(files.resolve("results.csv"), "department,score\n12,9\n");
		Path ledger = campaign().writeLedger(files.resolve("ledger.jsonl"));
		assertThat(Verifier.launch(ledger, notResults).exitCode()).isEqualTo(3);
		assertThat(Verifier.launch(files.resolve("missing.jsonl")).exitCode()).isEqualTo(3);
		Path garbage = TestLedger.write(files.resolve("garbage.jsonl"), "{\"seq\":0,\"hash\":\"x\",\"line\":\"ZQ1|7|0|OPEN\"}\n");
		Outcome outcome = Verifier.launch(garbage);
		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(outcome.output()).startsWith("BROKEN at seq 0 (line 1 of garbage.jsonl): MALFORMED");
	}

}
