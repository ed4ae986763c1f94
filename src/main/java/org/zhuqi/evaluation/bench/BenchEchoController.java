package org.zhuqi.evaluation.bench;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /vote/bench/echo}: parses a body of the phone ballot's shape
 * ({@code {"department": 12, "score": 8, "idempotencyKey": "…"}}) and answers {@code 200} with a small JSON
 * object, doing nothing else. It sits under {@code /vote/**}, so it passes the same security filter chain as
 * {@code POST /vote/{token}/ballots} (no login, no session, no CSRF token): the difference between the two rates
 * is what the ballot itself costs. Exists only with {@code zhuqi.bench.enabled=true}.
 */
@RestController
@ConditionalOnProperty(name = "zhuqi.bench.enabled", havingValue = "true")
class BenchEchoController {

	/** The phone ballot's shape. */
	record Echo(Long department, Integer score, String idempotencyKey) {
	}

	/** The answer: the ballot's shape back, under a verdict no ballot has. */
	record Answer(String verdict, Long department, Integer score) {
	}

	@PostMapping("/vote/bench/echo")
	Answer echo(@RequestBody Echo echo) {
		return new Answer("ECHO", echo.department(), echo.score());
	}

}
