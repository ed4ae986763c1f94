package org.zhuqi.attachment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ByteSizesTests {

	@Test
	void writesBytesKilobytesAndMegabytesWithAtMostOneDecimal() {
		assertThat(ByteSizes.readable(980)).isEqualTo("980 B");
		assertThat(ByteSizes.readable(1024)).isEqualTo("1 KB");
		assertThat(ByteSizes.readable(12_800)).isEqualTo("12.5 KB");
		assertThat(ByteSizes.readable(10L * 1024 * 1024)).isEqualTo("10 MB");
		assertThat(ByteSizes.readable(3_355_443)).isEqualTo("3.2 MB");
	}

}
