package org.zhuqi.policy.payout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.policy.payout.PayoutRules.Transition;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.Viewer;

/**
 * The payout ledger (兑现台账): the one place entries of {@code policy_payout} are written, each change with an
 * audit entry. A grant never has two live payments: {@code live_grant_id} holds the grant while a payment is
 * PENDING or PAID and is unique, and the idempotency key {@code G<grant>-A<attempt>} is unique too, so two
 * concurrent attempts for one grant give one payment. A paid entry is never updated (every update is
 * conditional on PENDING); it can only be reversed by a separate REVERSAL entry.
 */
@Service
public class PayoutLedger {

	/** The subject type of a ledger entry's audit history. */
	public static final String AUDIT_SUBJECT = "policy-payout";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	PayoutLedger(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Payout> find(long id) {
		return jdbc.sql("select " + Payout.COLUMNS + " from policy_payout where id = :id")
			.param("id", id)
			.query(Payout.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<Payout> byKey(String idempotencyKey) {
		return jdbc.sql("select " + Payout.COLUMNS + " from policy_payout where idempotency_key = :key")
			.param("key", idempotencyKey)
			.query(Payout.class)
			.optional();
	}

	/** The reversal of a payment, if it was reversed. */
	@Transactional(readOnly = true)
	public Optional<Payout> reversalOf(long paymentId) {
		return jdbc.sql("select " + Payout.COLUMNS + " from policy_payout where reverses_id = :id")
			.param("id", paymentId)
			.query(Payout.class)
			.optional();
	}

	/**
	 * Records a PENDING payment of a grant in a batch, in the caller's transaction, unless the grant already has
	 * a live payment or the attempt was made already (a concurrent batch took it).
	 *
	 * @return the new entry's id, or empty when the grant was taken
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Long> open(long grantId, int attempt, BigDecimal amount, long batchId, String actor) {
		String key = PayoutRules.paymentKey(grantId, attempt);
		OffsetDateTime now = OffsetDateTime.now(clock);
		KeyHolder id = new GeneratedKeyHolder();
		int inserted;
		try {
			// "on conflict do nothing" keeps a PostgreSQL transaction usable when a concurrent batch won the grant
			inserted = jdbc.sql("""
					insert into policy_payout (grant_id, kind, amount, status, attempt, idempotency_key, live_grant_id,
					    batch_id, created_by, created_at, updated_at)
					values (:grant, 'PAYMENT', :amount, 'PENDING', :attempt, :key, :grant, :batch, :by, :now, :now)
					on conflict do nothing""")
				.param("grant", grantId)
				.param("amount", amount.setScale(2, RoundingMode.UNNECESSARY))
				.param("attempt", attempt)
				.param("key", key)
				.param("batch", batchId)
				.param("by", actor)
				.param("now", now)
				.update(id, "id");
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
		if (inserted == 0 || id.getKey() == null) {
			return Optional.empty();
		}
		long payoutId = id.getKey().longValue();
		audit.record(actor, AUDIT_SUBJECT, payoutId, "pending",
				key + ", grant " + grantId + ", batch " + batchId + ", " + amount.toPlainString());
		return Optional.of(payoutId);
	}

	/**
	 * Applies one line of a bank result to its entry, in the caller's transaction: PENDING becomes PAID or FAILED;
	 * anything else is left alone and the transition says why (a duplicate or a conflict).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Transition apply(Payout entry, ResultLine line, String actor) {
		Transition transition = PayoutRules.transition(entry, line.success());
		if (transition == Transition.PAY) {
			int updated = jdbc.sql("""
					update policy_payout set status = 'PAID', bank_reference = :reference, paid_on = :paid,
					    updated_at = :now
					where id = :id and status = 'PENDING'""")
				.param("reference", line.bankReference())
				.param("paid", line.paidOn())
				.param("now", OffsetDateTime.now(clock))
				.param("id", entry.id())
				.update();
			if (updated == 0) {
				return again(entry, line);
			}
			audit.record(actor, AUDIT_SUBJECT, entry.id(), "paid",
					entry.idempotencyKey() + ", bank " + line.bankReference() + ", " + line.paidOn());
		}
		else if (transition == Transition.FAIL) {
			int updated = jdbc.sql("""
					update policy_payout set status = 'FAILED', live_grant_id = null, failure_reason = :reason,
					    updated_at = :now
					where id = :id and status = 'PENDING'""")
				.param("reason", line.failureReason())
				.param("now", OffsetDateTime.now(clock))
				.param("id", entry.id())
				.update();
			if (updated == 0) {
				return again(entry, line);
			}
			audit.record(actor, AUDIT_SUBJECT, entry.id(), "failed",
					entry.idempotencyKey() + ": " + line.failureReason());
		}
		return transition;
	}

	/** A concurrent import applied a result first: judge the line against what it recorded. */
	private Transition again(Payout entry, ResultLine line) {
		return PayoutRules.transition(find(entry.id()).orElseThrow(), line.success());
	}

	/**
	 * Reverses a paid payment (冲正) by a separate REVERSAL entry of the negative amount, paid today; the payment
	 * itself is not changed and the grant is not paid again by a later batch. Administrators only.
	 *
	 * @return the reversal's id
	 */
	@Transactional
	public long reverse(long paymentId, String reason, Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new AccessDeniedException("only the service centre reverses payments");
		}
		Payout payment = jdbc.sql("select " + Payout.COLUMNS + " from policy_payout where id = :id for update")
			.param("id", paymentId)
			.query(Payout.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("policy-payout", paymentId));
		String why = PayoutRules.text(reason);
		BigDecimal amount = PayoutRules.reversalOf(payment, reversalOf(paymentId).isPresent(), why);
		OffsetDateTime now = OffsetDateTime.now(clock);
		KeyHolder id = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into policy_payout (grant_id, kind, amount, status, attempt, idempotency_key, reverses_id,
					    paid_on, reason, created_by, created_at, updated_at)
					values (:grant, 'REVERSAL', :amount, 'PAID', :attempt, :key, :payment, :paid, :reason, :by, :now, :now)""")
				.param("grant", payment.grantId())
				.param("amount", amount)
				.param("attempt", payment.attempt())
				.param("key", PayoutRules.reversalKey(paymentId))
				.param("payment", paymentId)
				.param("paid", LocalDate.now(clock))
				.param("reason", why)
				.param("by", viewer.username())
				.param("now", now)
				.update(id, "id");
		}
		catch (DuplicateKeyException ex) {
			throw new RefusedActionException("policy.payout.reversal.twice");
		}
		long reversalId = id.getKey().longValue();
		audit.record(viewer.username(), AUDIT_SUBJECT, paymentId, "reversed",
				"reversal " + reversalId + ", " + amount.toPlainString() + ": " + why);
		audit.record(viewer.username(), AUDIT_SUBJECT, reversalId, "recorded",
				"reverses " + paymentId + ": " + why);
		return reversalId;
	}

}
