package org.zhuqi.policy.payout;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseContact;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.Viewer;

/**
 * Payout batches (拨付批次), for the service centre only: a batch takes the payable grants (status PAYABLE, its
 * payable day reached) that have no live payment, optionally of one policy, records a PENDING payment for each in
 * the {@link PayoutLedger} and submits them through the {@link PaymentGateway}. A retry batch takes only grants
 * whose last attempt failed, as a new attempt. Two batches made at once never pay one grant twice: the ledger's
 * unique constraints let one of them take it, the other skips it.
 */
@Service
public class PayoutBatches {

	/** The subject type of a batch's audit history. */
	public static final String AUDIT_SUBJECT = "policy-payout-batch";

	/** The most payments one batch (one bank file) takes. */
	static final int MAX_LINES = 5000;

	private static final String ROW = """
			select b.id, b.policy_id, p.title as policy_title, b.retry, b.lines, b.total, b.created_by, b.created_at,
			       (select count(*) from policy_payout x where x.batch_id = b.id and x.status = 'PENDING') as pending,
			       (select count(*) from policy_payout x where x.batch_id = b.id and x.status = 'PAID') as paid,
			       (select count(*) from policy_payout x where x.batch_id = b.id and x.status = 'FAILED') as failed
			from policy_payout_batch b left join policy p on p.id = b.policy_id""";

	private final JdbcClient jdbc;

	private final PayoutLedger ledger;

	private final PaymentGateway gateway;

	private final PayeeAccounts accounts;

	private final Directory directory;

	private final AuditLog audit;

	private final Clock clock;

	PayoutBatches(JdbcClient jdbc, PayoutLedger ledger, PaymentGateway gateway, PayeeAccounts accounts,
			Directory directory, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.gateway = gateway;
		this.accounts = accounts;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** A grant to pay, with its next attempt number. */
	record Payable(long grantId, java.math.BigDecimal amount, int attempt) {
	}

	/**
	 * Makes a batch of the payable grants without a live payment, optionally of one policy.
	 *
	 * @return the batch's id
	 * @throws RefusedActionException {@code policy.payout.batch.nothing} when there is nothing to pay
	 */
	@Transactional
	public long create(Long policyId, Viewer viewer) {
		return make(policyId, false, viewer);
	}

	/**
	 * Makes a batch retrying the grants whose last payment failed (and that have no live payment), optionally of
	 * one policy: each gets a new attempt with a new idempotency key.
	 */
	@Transactional
	public long retryFailed(Long policyId, Viewer viewer) {
		return make(policyId, true, viewer);
	}

	private long make(Long policyId, boolean retry, Viewer viewer) {
		requireAdmin(viewer);
		List<Payable> payables = payables(policyId, retry);
		if (payables.isEmpty()) {
			throw new RefusedActionException("policy.payout.batch.nothing");
		}
		BigDecimal planned = payables.stream().map(Payable::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into policy_payout_batch (policy_id, retry, lines, total, created_by, created_at)
				values (:policy, :retry, :lines, :total, :by, :at)""")
			.param("policy", policyId)
			.param("retry", retry)
			.param("lines", payables.size())
			.param("total", planned)
			.param("by", viewer.username())
			.param("at", OffsetDateTime.now(clock))
			.update(key, "id");
		long batchId = key.getKey().longValue();
		int lines = 0;
		BigDecimal total = BigDecimal.ZERO;
		for (Payable payable : payables) {
			if (ledger.open(payable.grantId(), payable.attempt(), payable.amount(), batchId, viewer.username())
				.isPresent()) {
				lines++;
				total = total.add(payable.amount());
			}
		}
		if (lines == 0) {
			// every grant was taken by a batch made at the same moment; roll the empty batch back
			throw new RefusedActionException("policy.payout.batch.nothing");
		}
		jdbc.sql("update policy_payout_batch set lines = :lines, total = :total where id = :id")
			.param("lines", lines)
			.param("total", total)
			.param("id", batchId)
			.update();
		audit.record(viewer.username(), AUDIT_SUBJECT, batchId, retry ? "retry-created" : "created",
				(policyId == null ? "every policy" : "policy " + policyId) + ", " + lines + " payments, "
						+ total.toPlainString());
		return batchId;
	}

	private List<Payable> payables(Long policyId, boolean retry) {
		StringBuilder sql = new StringBuilder("""
				select g.id as grant_id, g.amount,
				       (select count(*) from policy_payout a where a.grant_id = g.id and a.kind = 'PAYMENT') + 1 as attempt
				from policy_grant g
				where g.status = 'PAYABLE' and (g.payable_on is null or g.payable_on <= :today)
				  and not exists (select 1 from policy_payout l where l.live_grant_id = g.id)""");
		if (retry) {
			sql.append(" and exists (select 1 from policy_payout f where f.grant_id = g.id and f.status = 'FAILED')");
		}
		if (policyId != null) {
			sql.append(" and g.policy_id = :policy");
		}
		sql.append(" order by g.id limit ").append(MAX_LINES);
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("today", LocalDate.now(clock));
		if (policyId != null) {
			statement = statement.param("policy", policyId);
		}
		return statement.query(Payable.class).list();
	}

	/** The bank file of a batch, as the gateway renders it (the same every time). */
	@Transactional(readOnly = true)
	public BankFile file(long batchId, Viewer viewer) {
		requireAdmin(viewer);
		find(batchId, viewer).orElseThrow(() -> new RecordNotFoundException("policy-payout-batch", batchId));
		return gateway.submit(batchId, lines(batchId));
	}

	/** The lines of a batch in the order of the file. */
	@Transactional(readOnly = true)
	List<BatchLine> lines(long batchId) {
		record Entry(long grantId, long enterpriseId, String idempotencyKey, BigDecimal amount, String documentNo) {
		}
		List<Entry> entries = jdbc.sql("""
				select x.grant_id, g.enterprise_id, x.idempotency_key, x.amount, p.document_no
				from policy_payout x join policy_grant g on g.id = x.grant_id join policy p on p.id = g.policy_id
				where x.batch_id = :batch order by x.id""")
			.param("batch", batchId)
			.query(Entry.class)
			.list();
		Map<Long, EnterpriseContact> contacts = directory
			.enterpriseContacts(entries.stream().map(Entry::enterpriseId).toList());
		Map<Long, String> bankAccounts = accounts.of(entries.stream().map(Entry::grantId).toList());
		List<BatchLine> lines = new ArrayList<>();
		for (Entry entry : entries) {
			EnterpriseContact contact = contacts.get(entry.enterpriseId());
			lines.add(new BatchLine(lines.size() + 1, entry.idempotencyKey(), contact == null ? "" : contact.name(),
					contact == null ? "" : contact.uscc(), bankAccounts.getOrDefault(entry.grantId(), ""),
					entry.amount(), entry.documentNo()));
		}
		return lines;
	}

	@Transactional(readOnly = true)
	public Optional<BatchRow> find(long batchId, Viewer viewer) {
		requireAdmin(viewer);
		return jdbc.sql(ROW + " where b.id = :id").param("id", batchId).query(BatchRow.class).optional();
	}

	/** The batches, newest first. */
	@Transactional(readOnly = true)
	public Page<BatchRow> list(Viewer viewer, Pageable pageable) {
		requireAdmin(viewer);
		long total = jdbc.sql("select count(*) from policy_payout_batch").query(Long.class).single();
		List<BatchRow> rows = jdbc.sql(ROW + " order by b.id desc limit :limit offset :offset")
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(BatchRow.class)
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	static void requireAdmin(Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new AccessDeniedException("payouts are the service centre's");
		}
	}

}
