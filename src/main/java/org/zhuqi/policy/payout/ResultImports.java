package org.zhuqi.policy.payout;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.policy.payout.PayoutRules.Transition;
import org.zhuqi.shared.Viewer;

/**
 * Imports the bank's result files (回盘) for the service centre: each well-formed line moves its PENDING payment
 * to PAID or FAILED in the {@link PayoutLedger}; a line whose payment already has that result (a duplicate line
 * in the same file, or the same file imported again) is reported as a duplicate and not applied; bad lines are
 * reported with their line number and do not stop the others. Every import is kept with its report.
 */
@Service
public class ResultImports {

	/** The subject type of an import's audit history. */
	public static final String AUDIT_SUBJECT = "policy-payout-import";

	private final JdbcClient jdbc;

	private final PayoutLedger ledger;

	private final PaymentGateway gateway;

	private final AuditLog audit;

	private final Clock clock;

	ResultImports(JdbcClient jdbc, PayoutLedger ledger, PaymentGateway gateway, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.gateway = gateway;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Applies a bank result file.
	 *
	 * @param batchId the batch it was uploaded for, or {@code null}; lines of other batches are applied all the
	 * same (the keys are unique over the ledger)
	 * @return the import's report
	 */
	@Transactional
	public ImportReport importResults(Long batchId, String fileName, byte[] content, Viewer viewer) {
		PayoutBatches.requireAdmin(viewer);
		BankResults read = gateway.read(content);
		List<ImportLine> outcomes = new ArrayList<>(read.problems());
		for (ResultLine line : read.lines()) {
			outcomes.add(apply(line, viewer.username()));
		}
		outcomes.sort(Comparator.comparingInt(ImportLine::lineNo));
		int applied = (int) outcomes.stream().filter(ImportLine::applied).count();
		int duplicates = (int) outcomes.stream().filter(ImportLine::duplicate).count();
		int rejected = outcomes.size() - applied - duplicates;
		String name = fileName == null || fileName.isBlank() ? "-" : PayoutRules.text(fileName);
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into policy_payout_import (batch_id, file_name, lines, applied, duplicates, rejected,
				    imported_by, imported_at)
				values (:batch, :name, :lines, :applied, :duplicates, :rejected, :by, :at)""")
			.param("batch", batchId)
			.param("name", name.length() > 200 ? name.substring(0, 200) : name)
			.param("lines", outcomes.size())
			.param("applied", applied)
			.param("duplicates", duplicates)
			.param("rejected", rejected)
			.param("by", viewer.username())
			.param("at", OffsetDateTime.now(clock))
			.update(key, "id");
		long importId = key.getKey().longValue();
		for (ImportLine outcome : outcomes) {
			jdbc.sql("""
					insert into policy_payout_import_line (import_id, line_no, idempotency_key, outcome, problem, detail)
					values (:import, :line, :key, :outcome, :problem, :detail)""")
				.param("import", importId)
				.param("line", outcome.lineNo())
				.param("key", outcome.idempotencyKey() == null ? null : cut(outcome.idempotencyKey(), 200))
				.param("outcome", outcome.applied() ? "APPLIED" : outcome.duplicate() ? "DUPLICATE" : "REJECTED")
				.param("problem", outcome.problem() == null ? null : outcome.problem().name())
				.param("detail", outcome.detail() == null ? null : cut(outcome.detail(), 500))
				.update();
		}
		audit.record(viewer.username(), AUDIT_SUBJECT, importId, "imported", name + ": " + outcomes.size()
				+ " lines, " + applied + " applied, " + duplicates + " duplicates, " + rejected + " rejected");
		return report(importId, viewer).orElseThrow();
	}

	private ImportLine apply(ResultLine line, String actor) {
		Optional<Payout> entry = ledger.byKey(line.idempotencyKey());
		if (entry.isEmpty()) {
			return new ImportLine(line.lineNo(), line.idempotencyKey(), LineProblem.UNKNOWN_KEY, line.idempotencyKey());
		}
		Payout payout = entry.get();
		if (line.amount() != null && line.amount().compareTo(payout.amount()) != 0) {
			return new ImportLine(line.lineNo(), line.idempotencyKey(), LineProblem.AMOUNT_MISMATCH,
					line.amount().toPlainString());
		}
		Transition transition = ledger.apply(payout, line, actor);
		switch (transition) {
			case PAY:
			case FAIL:
				return new ImportLine(line.lineNo(), line.idempotencyKey(), null, null);
			case DUPLICATE:
				return new ImportLine(line.lineNo(), line.idempotencyKey(), LineProblem.DUPLICATE,
						line.success() ? "SUCCESS" : "FAIL");
			case CONFLICT:
				return new ImportLine(line.lineNo(), line.idempotencyKey(), LineProblem.CONFLICT,
						line.success() ? "SUCCESS" : "FAIL");
			default:
				return new ImportLine(line.lineNo(), line.idempotencyKey(), LineProblem.NOT_A_PAYMENT, null);
		}
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	/** One import with its problem lines. */
	@Transactional(readOnly = true)
	public Optional<ImportReport> report(long importId, Viewer viewer) {
		PayoutBatches.requireAdmin(viewer);
		record Head(long id, Long batchId, String fileName, int lines, int applied, int duplicates, int rejected,
				String importedBy, OffsetDateTime importedAt) {
		}
		return jdbc.sql("""
				select id, batch_id, file_name, lines, applied, duplicates, rejected, imported_by, imported_at
				from policy_payout_import where id = :id""")
			.param("id", importId)
			.query(Head.class)
			.optional()
			.map(head -> new ImportReport(head.id(), head.batchId(), head.fileName(), head.lines(), head.applied(),
					head.duplicates(), head.rejected(), head.importedBy(), head.importedAt(), jdbc.sql("""
							select line_no, idempotency_key, problem, detail from policy_payout_import_line
							where import_id = :id and outcome <> 'APPLIED' order by line_no""")
						.param("id", importId)
						.query((rs, row) -> new ImportLine(rs.getInt(1), rs.getString(2),
								LineProblem.valueOf(rs.getString(3)), rs.getString(4)))
						.list()));
	}

	/** The imports of a batch, newest first. */
	@Transactional(readOnly = true)
	public List<ImportReport> ofBatch(long batchId, Viewer viewer) {
		PayoutBatches.requireAdmin(viewer);
		return jdbc.sql("select id from policy_payout_import where batch_id = :batch order by id desc")
			.param("batch", batchId)
			.query(Long.class)
			.list()
			.stream()
			.map(id -> report(id, viewer).orElseThrow())
			.toList();
	}

}
