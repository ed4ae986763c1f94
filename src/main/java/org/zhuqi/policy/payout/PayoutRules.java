package org.zhuqi.policy.payout;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.zhuqi.shared.RefusedActionException;

/**
 * The ledger's rules as plain Java, so that they are tested without a database: idempotency keys, what a bank
 * result line does to an entry, and when a payment may be reversed. The database backs the most important ones
 * with constraints (one live payment per grant, one reversal per payment, keys unique).
 */
final class PayoutRules {

	/** The longest reason or bank text kept. */
	static final int TEXT_MAX = 500;

	private PayoutRules() {
	}

	/** What a result line does to the entry its key names. */
	enum Transition {

		/** PENDING and the bank paid it: record PAID. */
		PAY,
		/** PENDING and the bank failed it: record FAILED (the grant may be paid by a new attempt). */
		FAIL,
		/** The entry already has the status the line reports: reported, not applied again. */
		DUPLICATE,
		/** The entry has the other final status (a paid one is never changed): reported, not applied. */
		CONFLICT,
		/** The key names a reversal, which is no bank transfer. */
		NOT_A_PAYMENT

	}

	static String paymentKey(long grantId, int attempt) {
		return "G" + grantId + "-A" + attempt;
	}

	static String reversalKey(long paymentId) {
		return "R" + paymentId;
	}

	/** What a bank result of {@code success} (else failure) does to the entry. */
	static Transition transition(Payout entry, boolean success) {
		if (entry.kind() != PayoutKind.PAYMENT) {
			return Transition.NOT_A_PAYMENT;
		}
		switch (entry.status()) {
			case PENDING:
				return success ? Transition.PAY : Transition.FAIL;
			case PAID:
				return success ? Transition.DUPLICATE : Transition.CONFLICT;
			default:
				return success ? Transition.CONFLICT : Transition.DUPLICATE;
		}
	}

	/**
	 * The amount of the reversal of a payment, after checking that it may be reversed: a paid payment, not
	 * reversed before, with a reason.
	 */
	static BigDecimal reversalOf(Payout payment, boolean alreadyReversed, String reason) {
		if (!payment.isPaidPayment()) {
			throw new RefusedActionException("policy.payout.reversal.notPaid");
		}
		if (alreadyReversed) {
			throw new RefusedActionException("policy.payout.reversal.twice");
		}
		if (reason == null || reason.isBlank()) {
			throw new RefusedActionException("policy.payout.reversal.reasonRequired");
		}
		return payment.amount().negate().setScale(2, RoundingMode.UNNECESSARY);
	}

	/** The text trimmed and cut to {@link #TEXT_MAX} characters, {@code null} when blank. */
	static String text(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		return stripped.length() <= TEXT_MAX ? stripped : stripped.substring(0, TEXT_MAX);
	}

}
