package org.zhuqi.evaluation.verification;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zhuqi.evaluation.campaign.CampaignDepartment;
import org.zhuqi.evaluation.campaign.DepartmentGroup;
import org.zhuqi.evaluation.ledger.LedgerEntry;
import org.zhuqi.evaluation.ledger.LedgerHead;
import org.zhuqi.evaluation.ledger.LedgerLines;
import org.zhuqi.evaluation.ledger.LedgerLines.BallotContent;
import org.zhuqi.evaluation.ledger.LedgerLines.Opening;
import org.zhuqi.evaluation.result.CampaignResults;
import org.zhuqi.evaluation.result.Scoreboard;
import org.zhuqi.evaluation.scoring.Aggregation;
import org.zhuqi.evaluation.scoring.Dimension;
import org.zhuqi.evaluation.scoring.Rubric;

/**
 * A campaign's ledger built in memory with {@link LedgerLines} and, beside it, the same ballots counted by the
 * application's {@link Scoreboard}; writes the ledger export and the results file the verifier reads.
 */
final class TestLedger {

	private static final Instant START = Instant.parse("2026-06-30T01:30:00Z");

	final long campaignId;

	private final Opening opening;

	private final Scoreboard board;

	private final List<LedgerEntry> entries = new ArrayList<>();

	/**
	 * @param live the live group in order of reports
	 * @param online the online group in the campaign's order (any order of ids)
	 */
	TestLedger(long campaignId, Opening opening, List<Long> live, List<Long> online) {
		this.campaignId = campaignId;
		this.opening = opening;
		List<Dimension> dimensions = new ArrayList<>();
		for (int i = 0; i < opening.weights().size(); i++) {
			dimensions.add(new Dimension("维度" + i, "Dimension " + i, opening.weights().get(i)));
		}
		List<CampaignDepartment> departments = new ArrayList<>();
		for (int i = 0; i < live.size(); i++) {
			departments.add(new CampaignDepartment(live.get(i), DepartmentGroup.LIVE, i + 1));
		}
		for (int i = 0; i < online.size(); i++) {
			departments.add(new CampaignDepartment(online.get(i), DepartmentGroup.ONLINE, i + 1));
		}
		this.board = new Scoreboard(new Rubric(opening.scale(), dimensions), new Aggregation(opening.trimPercent()),
				departments);
		entries.add(LedgerEntry.of(0, LedgerLines.opening(campaignId, opening, START)));
	}

	TestLedger ballot(long department, List<Integer> scores) {
		board.add(department, scores);
		long seq = entries.size();
		entries.add(LedgerEntry.of(seq, LedgerLines.ballot(campaignId, seq,
				new BallotContent(department, "PHONE", scores, seq % 3 == 0 ? "意见" + seq : null), START.plusSeconds(seq),
				entries.get(entries.size() - 1).hash())));
		return this;
	}

	/** A copy of the entries, to tamper with. */
	List<LedgerEntry> entries() {
		return new ArrayList<>(entries);
	}

	LedgerHead head() {
		LedgerEntry last = entries.get(entries.size() - 1);
		return new LedgerHead(campaignId, last.seq(), last.hash());
	}

	/** The results file of the current ballots as the application writes it. */
	ResultsFile.Contents results() {
		Map<Long, String> names = new HashMap<>();
		opening.live().forEach(id -> names.put(id, "部门" + id));
		opening.online().forEach(id -> names.put(id, "部门, \"" + id + "\""));
		CampaignResults results = board.results(campaignId, names, 100, 10);
		return new ResultsFile.Contents(campaignId, head(), CampaignEvidence.rows(results.all()));
	}

	Path writeLedger(Path file) {
		return writeLedger(file, entries);
	}

	static Path writeLedger(Path file, List<LedgerEntry> entries) {
		StringBuilder text = new StringBuilder();
		entries.forEach(entry -> text.append(LedgerExport.jsonLine(entry)).append('\n'));
		return write(file, text.toString());
	}

	Path writeResults(Path file) {
		return writeResults(file, results());
	}

	static Path writeResults(Path file, ResultsFile.Contents contents) {
		StringWriter text = new StringWriter();
		try {
			ResultsFile.write(contents, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return write(file, text.toString());
	}

	static Path write(Path file, String text) {
		try {
			return Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<BigDecimal> weights(String... weights) {
		return java.util.Arrays.stream(weights).map(BigDecimal::new).toList();
	}

}
