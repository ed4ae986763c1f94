package org.zhuqi.evaluation.voter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The voter's link and the download's file names, which must work whatever the configured address and name. */
class CredentialHandoutTests {

	@Test
	void linksToTheVoterPageUnderTheBaseAddressWithOrWithoutATrailingSlash() {
		assertThat(CredentialHandout.link("https://zhuqi.example.gov.cn/", "abc")).isEqualTo("https://zhuqi.example.gov.cn/vote/abc");
		assertThat(CredentialHandout.link("https://zhuqi.example.gov.cn/app", "abc"))
			.isEqualTo("https://zhuqi.example.gov.cn/app/vote/abc");
	}

	@Test
	void keepsChineseInFileNamesButDropsWhatFileSystemsRefuse() {
		assertThat(CredentialHandout.fileSafe("2026 上半年/千家企业:评部门?")).isEqualTo("2026 上半年_千家企业_评部门_");
		assertThat(CredentialHandout.fileSafe(" ")).isEqualTo("_");
	}

}
