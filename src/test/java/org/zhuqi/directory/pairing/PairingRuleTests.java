package org.zhuqi.directory.pairing;

import org.junit.jupiter.api.Test;
import org.zhuqi.directory.reference.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

class PairingRuleTests {

	@Test
	void pairingSameCadreTwiceChangesNothing() {
		assertThat(PairingRule.outcome(7L, 7)).isEqualTo(Outcome.UNCHANGED);
	}

	@Test
	void firstPairingOfAnUnpairedEnterpriseIsCreated() {
		assertThat(PairingRule.outcome(null, 7)).isEqualTo(Outcome.CREATED);
	}

	@Test
	void pairingWithAnotherCadreIsAReassignment() {
		assertThat(PairingRule.outcome(7L, 8)).isEqualTo(Outcome.UPDATED);
	}

	@Test
	void inactiveCadreIsRefusedUnlessNothingWouldChange() {
		assertThat(PairingRule.allowed(null, 8, false)).isFalse();
		assertThat(PairingRule.allowed(7L, 8, false)).isFalse();
		assertThat(PairingRule.allowed(8L, 8, false)).isTrue();
		assertThat(PairingRule.allowed(7L, 8, true)).isTrue();
	}

	@Test
	void blankReasonIsNoReason() {
		assertThat(PairingRule.reason("  ")).isNull();
		assertThat(PairingRule.reason(" 干部调岗 ")).isEqualTo("干部调岗");
	}

	@Test
	void unpairedOnlyIsOffUnlessAskedFor() {
		assertThat(PairingFilter.none().unpairedOnly()).isFalse();
		assertThat(PairingFilter.unpairedOnly("x").unpairedOnly()).isTrue();
		assertThat(PairingFilter.unpairedOnly("x").enterprises().q()).isEqualTo("x");
	}

}
