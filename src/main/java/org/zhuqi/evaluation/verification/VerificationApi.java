package org.zhuqi.evaluation.verification;

import java.io.IOException;
import java.io.Writer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.ledger.LedgerHead;
import org.zhuqi.shared.Viewer;

/**
 * {@code /api/v1/campaigns/{id}/ledger} and {@code …/results.csv}: the two files {@code tools/VerifyLedger.java}
 * checks, as downloads. Access, formats and the verifier: {@code docs/evaluation.md}, "Ledger export and
 * verifier". Refusals are problem details, checked before anything is written.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{id}")
@Tag(name = "evaluation-verification",
		description = "The ballot ledger and the results file of an evaluation campaign, for the stand-alone verifier")
class VerificationApi {

	static final String LEDGER_TYPE = "application/x-ndjson;charset=UTF-8";

	static final String RESULTS_TYPE = "text/csv;charset=UTF-8";

	private final CampaignEvidence evidence;

	VerificationApi(CampaignEvidence evidence) {
		this.evidence = evidence;
	}

	@GetMapping("/ledger")
	@Operation(summary = "The campaign's ballot ledger (hash chain) as JSON lines, streamed",
			description = "One entry per line from seq 0 to the current head: {\"seq\":0,\"hash\":\"…\",\"line\":\"ZQ1|…\"} "
					+ "(line format ZQ1, entry hash = SHA-256 of the line). No voter identity. The service centre "
					+ "always; enterprise accounts once the results are published. 404 unknown campaign, 403 not "
					+ "allowed, 409 draft without a ledger.")
	@ApiResponse(responseCode = "200", description = "ledger-{id}.jsonl",
			content = @Content(mediaType = "application/x-ndjson"))
	void ledger(@PathVariable long id, Viewer viewer, HttpServletResponse response) throws IOException {
		Campaign campaign = evidence.readable(id, viewer);
		LedgerHead head = evidence.head(campaign);
		Writer out = download(response, LEDGER_TYPE, "ledger-" + id + ".jsonl");
		evidence.writeLedger(head, out);
		out.flush();
	}

	@GetMapping("/results.csv")
	@Operation(summary = "The campaign's results per department with the ledger head they were computed on (CSV)",
			description = "Header lines #zhuqi-results,ZQ1 / #campaign,{id} / #head,{seq},{hash}, then department, "
					+ "group, ballots, weighted_score, trimmed_score, group_rank, overall_rank, name, best first. "
					+ "Same access as the ledger; 409 while ballots keep arriving faster than the figures are read.")
	@ApiResponse(responseCode = "200", description = "results-{id}.csv", content = @Content(mediaType = "text/csv"))
	void results(@PathVariable long id, Viewer viewer, HttpServletResponse response) throws IOException {
		Campaign campaign = evidence.readable(id, viewer);
		ResultsFile.Contents contents = evidence.results(campaign);
		Writer out = download(response, RESULTS_TYPE, "results-" + id + ".csv");
		ResultsFile.write(contents, out);
		out.flush();
	}

	private static Writer download(HttpServletResponse response, String type, String fileName) throws IOException {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return response.getWriter();
	}

}
