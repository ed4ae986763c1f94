package org.zhuqi.policy.payout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.zhuqi.policy.payout.PayoutRules.Transition;
import org.zhuqi.shared.RefusedActionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayoutRulesTests {

	private static Payout entry(PayoutKind kind, PayoutStatus status, String amount) {
		return new Payout(7, 3, kind, new BigDecimal(amount), status, 1, "G3-A1", null, 1L,
				status == PayoutStatus.PAID ? "B1" : null, status == PayoutStatus.PAID ? LocalDate.of(2026, 5, 1) : null,
				null, null, "admin", OffsetDateTime.now());
	}

	@Test
	void keysNameTheGrantAndAttemptOrThePaymentReversed() {
		assertThat(PayoutRules.paymentKey(42, 1)).isEqualTo("G42-A1");
		assertThat(PayoutRules.paymentKey(42, 2)).isEqualTo("G42-A2");
		assertThat(PayoutRules.reversalKey(9)).isEqualTo("R9");
	}

	@Test
	void pendingPaymentBecomesPaidOrFailed() {
		Payout pending = entry(PayoutKind.PAYMENT, PayoutStatus.PENDING, "100.00");
		assertThat(PayoutRules.transition(pending, true)).isEqualTo(Transition.PAY);
		assertThat(PayoutRules.transition(pending, false)).isEqualTo(Transition.FAIL);
	}

	@Test
	void theSameResultAgainIsADuplicateAndTheOppositeAConflict() {
		Payout paid = entry(PayoutKind.PAYMENT, PayoutStatus.PAID, "100.00");
		Payout failed = entry(PayoutKind.PAYMENT, PayoutStatus.FAILED, "100.00");
		assertThat(PayoutRules.transition(paid, true)).isEqualTo(Transition.DUPLICATE);
		assertThat(PayoutRules.transition(paid, false)).isEqualTo(Transition.CONFLICT);
		assertThat(PayoutRules.transition(failed, false)).isEqualTo(Transition.DUPLICATE);
		assertThat(PayoutRules.transition(failed, true)).isEqualTo(Transition.CONFLICT);
	}

	@Test
	void reversalsHaveNoBankResult() {
		assertThat(PayoutRules.transition(entry(PayoutKind.REVERSAL, PayoutStatus.PAID, "-100.00"), true))
			.isEqualTo(Transition.NOT_A_PAYMENT);
	}

	@Test
	void reversalNegatesThePaidAmountExactly() {
		Payout paid = entry(PayoutKind.PAYMENT, PayoutStatus.PAID, "12345.67");
		assertThat(PayoutRules.reversalOf(paid, false, "重复拨付")).isEqualTo(new BigDecimal("-12345.67"));
	}

	@Test
	void reversalNeedsAPaidUnreversedPaymentAndAReason() {
		Payout paid = entry(PayoutKind.PAYMENT, PayoutStatus.PAID, "10.00");
		assertThatThrownBy(() -> PayoutRules.reversalOf(paid, false, " ")).extracting("code")
			.isEqualTo("policy.payout.reversal.reasonRequired");
		assertThatThrownBy(() -> PayoutRules.reversalOf(paid, true, "again")).extracting("code")
			.isEqualTo("policy.payout.reversal.twice");
		assertThatThrownBy(() -> PayoutRules.reversalOf(entry(PayoutKind.PAYMENT, PayoutStatus.PENDING, "10.00"), false,
				"not yet paid"))
			.extracting("code")
			.isEqualTo("policy.payout.reversal.notPaid");
		assertThatThrownBy(() -> PayoutRules.reversalOf(entry(PayoutKind.REVERSAL, PayoutStatus.PAID, "-10.00"), false,
				"reverse a reversal"))
			.extracting("code")
			.isEqualTo("policy.payout.reversal.notPaid");
	}

}
