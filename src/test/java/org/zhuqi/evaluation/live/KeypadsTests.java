package org.zhuqi.evaluation.live;

import org.junit.jupiter.api.Test;
import org.zhuqi.evaluation.ballot.BallotRequest;

import static org.assertj.core.api.Assertions.assertThat;

class KeypadsTests {

	@Test
	void derivesTheSameIdempotencyKeyForAResentPressAndAnotherForAnotherScore() {
		String first = Keypads.idempotencyKey(5, new KeypadPress("K0001", 12L, 8));
		assertThat(first).isEqualTo(Keypads.idempotencyKey(5, new KeypadPress("K0001", 12L, 8)))
			.matches(BallotRequest.IDEMPOTENCY_KEY_PATTERN);
		assertThat(first).isNotEqualTo(Keypads.idempotencyKey(5, new KeypadPress("K0001", 12L, 9)))
			.isNotEqualTo(Keypads.idempotencyKey(5, new KeypadPress("K0002", 12L, 8)))
			.isNotEqualTo(Keypads.idempotencyKey(6, new KeypadPress("K0001", 12L, 8)));
	}

}
