package org.zhuqi.evaluation.bench;

import org.junit.jupiter.api.Test;
import org.zhuqi.evaluation.bench.BenchEchoController.Answer;
import org.zhuqi.evaluation.bench.BenchEchoController.Echo;

import static org.assertj.core.api.Assertions.assertThat;

class BenchEchoControllerTests {

	@Test
	void answersTheBallotShapeBackUnderAVerdictNoBallotHas() {
		assertThat(new BenchEchoController().echo(new Echo(12L, 8, "bench-0001")))
			.isEqualTo(new Answer("ECHO", 12L, 8));
	}

}
