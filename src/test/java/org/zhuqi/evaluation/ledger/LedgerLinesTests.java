package org.zhuqi.evaluation.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuqi.evaluation.ledger.LedgerLines.BallotContent;
import org.zhuqi.evaluation.ledger.LedgerLines.Opening;
import org.zhuqi.evaluation.scoring.Scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The canonical lines and hashes, checked against values computed outside Java ({@code printf '%s' LINE |
 * sha256sum}), as documented in docs/evaluation.md.
 */
class LedgerLinesTests {

	static final Opening OPENING = new Opening(Scale.TEN_POINT, new BigDecimal("5"),
			List.of(new BigDecimal("30"), new BigDecimal("30.0"), new BigDecimal("20"), new BigDecimal("20.00")),
			List.of(12L, 3L), List.of(9L, 4L));

	static final String OPENING_LINE = "ZQ1|7|0|OPEN|TEN_POINT|5.00|30.00,30.00,20.00,20.00|12,3|4,9|"
			+ "2026-06-30T01:30:00.000Z|" + "0".repeat(64);

	static final String OPENING_HASH = "0af920eaafa3a795e667b5164a522dfc451762f28a946b85eda05ed8dc19bb7e";

	@Test
	void writesTheOpeningEntryWithTheRulesOfTheCampaign() {
		String line = LedgerLines.opening(7, OPENING, Instant.parse("2026-06-30T01:30:00Z"));
		assertThat(line).isEqualTo(OPENING_LINE);
		assertThat(LedgerLines.hash(line)).isEqualTo(OPENING_HASH);
	}

	@Test
	void writesABallotEntryWithItsContentButNoVoterAndTheHashOfTheCommentOnly() {
		String line = LedgerLines.ballot(7, 1, new BallotContent(12, "PHONE", List.of(8, 9, 7, 10), "窗口服务很好"),
				Instant.parse("2026-06-30T01:31:02.5Z"), OPENING_HASH);
		assertThat(line).isEqualTo("ZQ1|7|1|BALLOT|12|PHONE|8,9,7,10|"
				+ "f747a73529955adc64dc181c7a3e1212884609ccd06bb6fa709bdce699fbe6b4|2026-06-30T01:31:02.500Z|"
				+ OPENING_HASH);
		assertThat(LedgerLines.hash(line)).isEqualTo("3073f6746fc9bc69dd90c2fc9ee568a3c56851002155d9ee0297f6a87a4bf3e4");
		assertThat(LedgerLines.ballot(7, 2, new BallotContent(3, "KEYPAD", List.of(6, 6, 6, 6), null),
				Instant.parse("2026-06-30T01:31:02.123456Z"), OPENING_HASH))
			.as("no comment, time cut to milliseconds")
			.isEqualTo("ZQ1|7|2|BALLOT|3|KEYPAD|6,6,6,6|-|2026-06-30T01:31:02.123Z|" + OPENING_HASH);
	}

	@Test
	void writesAnEmptyGroupAsADash() {
		Opening onlineOnly = new Opening(Scale.FIVE_LEVEL, BigDecimal.ZERO, List.of(new BigDecimal("100")), List.of(),
				List.of(5L));
		assertThat(LedgerLines.opening(1, onlineOnly, Instant.parse("2026-01-01T00:00:00Z")))
			.startsWith("ZQ1|1|0|OPEN|FIVE_LEVEL|0.00|100.00|-|5|2026-01-01T00:00:00.000Z|");
	}

	@Test
	void refusesABallotThatCannotFollowInTheChain() {
		BallotContent content = new BallotContent(3, "PHONE", List.of(6), null);
		Instant at = Instant.parse("2026-06-30T01:31:02Z");
		assertThatThrownBy(() -> LedgerLines.ballot(7, 0, content, at, OPENING_HASH))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> LedgerLines.ballot(7, 1, content, at, "not-a-hash"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> LedgerLines.ballot(7, 1, new BallotContent(3, "PHONE|X", List.of(6), null), at,
				OPENING_HASH)).isInstanceOf(IllegalArgumentException.class);
	}

}
