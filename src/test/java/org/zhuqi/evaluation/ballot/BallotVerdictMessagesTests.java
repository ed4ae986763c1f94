package org.zhuqi.evaluation.ballot;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every verdict of the ballot box has its message in both languages (the codes live in an enum, out of reach of the generic check). */
class BallotVerdictMessagesTests {

	@Test
	void everyVerdictHasAMessageInChineseAndEnglish() throws IOException {
		Properties chinese = load("evaluation_zh_CN.properties");
		Properties english = load("evaluation_en.properties");
		for (BallotVerdict verdict : BallotVerdict.values()) {
			assertThat(chinese.getProperty(verdict.messageCode())).as(verdict + " in Chinese").isNotBlank();
			assertThat(english.getProperty(verdict.messageCode())).as(verdict + " in English").isNotBlank();
		}
		assertThat(chinese.getProperty(BallotVerdict.CLOSED.messageCode())).isEqualTo("本轮投票已结束。");
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n", file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
