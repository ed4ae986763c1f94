package org.zhuqi.evaluation.verification;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuqi.evaluation.ledger.LedgerLines.Opening;
import org.zhuqi.evaluation.scoring.Scale;
import org.zhuqi.evaluation.verification.Verifier.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins "exactly": on randomised campaigns (scale, weights with two decimals, trim percentages up to 49.99,
 * departments without ballots, many tied scores) the verifier's recomputation from the ledger equals every
 * figure and rank the application's {@code Scoreboard} writes into the results file, and a figure changed by
 * one ten-thousandth is caught.
 */
class VerifierRecomputationTests {

	private static final long SEED = 20260630L;

	@TempDir
	static Path classes;

	@TempDir
	Path files;

	private static Verifier verifier;

	@BeforeAll
	static void compileTheVerifier() throws Exception {
		verifier = Verifier.compiled(classes);
	}

	@Test
	void recomputesTheScoreboardsFiguresAndRanksOnRandomCampaigns() throws Exception {
		Random random = new Random(SEED);
		for (int round = 0; round < 60; round++) {
			TestLedger ledger = randomCampaign(random, round + 1);
			Path ledgerFile = ledger.writeLedger(files.resolve("ledger-" + round + ".jsonl"));
			Path results = ledger.writeResults(files.resolve("results-" + round + ".csv"));
			Outcome outcome = verifier.run(ledgerFile, results);
			assertThat(outcome.exitCode()).as("round %d:%n%s%n%s", round, outcome.output(), Files.readString(results))
				.isZero();
		}
	}

	@Test
	void catchesAScoreOffByTheLastDecimalOnRandomCampaigns() throws Exception {
		Random random = new Random(SEED + 1);
		for (int round = 0; round < 20; round++) {
			TestLedger ledger = randomCampaign(random, round + 1);
			ResultsFile.Contents contents = ledger.results();
			List<ResultsFile.Row> rows = new ArrayList<>(contents.rows());
			int scored = (int) rows.stream().filter(row -> row.trimmedScore() != null).count();
			if (scored == 0) {
				continue;
			}
			ResultsFile.Row row = rows.get(random.nextInt(scored));
			rows.set(rows.indexOf(row), new ResultsFile.Row(row.departmentId(), row.group(), row.ballots(),
					row.weightedScore(), row.trimmedScore().add(new BigDecimal("0.0001")), row.groupRank(),
					row.overallRank(), row.name()));
			Path results = TestLedger.writeResults(files.resolve("wrong-" + round + ".csv"),
					new ResultsFile.Contents(contents.campaignId(), contents.head(), rows));
			Outcome outcome = verifier.run(ledger.writeLedger(files.resolve("ledger-" + round + ".jsonl")), results);
			assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(2);
			assertThat(outcome.output()).contains("MISMATCH department " + row.departmentId() + " trimmed_score");
		}
	}

	/** A campaign with random rules, 1–6 live and 0–6 online departments and ballots built to tie often. */
	private static TestLedger randomCampaign(Random random, long campaignId) {
		Scale scale = random.nextBoolean() ? Scale.TEN_POINT : Scale.FIVE_LEVEL;
		int dimensions = 1 + random.nextInt(5);
		List<BigDecimal> weights = weights(random, dimensions);
		BigDecimal[] trims = { BigDecimal.ZERO, new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("12.5"),
				new BigDecimal("33.33"), new BigDecimal("49.99"), BigDecimal.valueOf(random.nextInt(5000), 2) };
		BigDecimal trim = trims[random.nextInt(trims.length)];
		List<Long> ids = new ArrayList<>();
		for (long id = 1; id <= 40; id++) {
			ids.add(id);
		}
		Collections.shuffle(ids, random);
		List<Long> live = new ArrayList<>(ids.subList(0, 1 + random.nextInt(6)));
		List<Long> online = new ArrayList<>(ids.subList(10, 10 + random.nextInt(7)));
		TestLedger ledger = new TestLedger(campaignId, new Opening(scale, trim, weights, live, online), live, online);
		List<Long> all = new ArrayList<>(live);
		all.addAll(online);
		// a few score patterns shared between departments give equal means and trimmed means
		int low = scale.highest() - 2 - random.nextInt(3);
		for (Long department : all) {
			int ballots = random.nextInt(5) == 0 ? 0 : random.nextInt(45);
			boolean uniform = random.nextInt(3) == 0;
			for (int b = 0; b < ballots; b++) {
				List<Integer> scores = new ArrayList<>();
				for (int d = 0; d < dimensions; d++) {
					int score = uniform ? scale.highest() - 1
							: Math.max(scale.lowest(), Math.min(scale.highest(), low + random.nextInt(3)));
					scores.add(random.nextInt(25) == 0 ? scale.lowest() : score);
				}
				ledger.ballot(department, scores);
			}
		}
		return ledger;
	}

	/** Positive weights with at most two decimals summing to exactly 100. */
	private static List<BigDecimal> weights(Random random, int dimensions) {
		List<Integer> cuts = new ArrayList<>();
		while (cuts.size() < dimensions - 1) {
			int cut = 1 + random.nextInt(9999);
			if (!cuts.contains(cut)) {
				cuts.add(cut);
			}
		}
		Collections.sort(cuts);
		cuts.add(10000);
		List<BigDecimal> weights = new ArrayList<>();
		int previous = 0;
		for (int cut : cuts) {
			weights.add(BigDecimal.valueOf(cut - previous, 2));
			previous = cut;
		}
		return weights;
	}

}
