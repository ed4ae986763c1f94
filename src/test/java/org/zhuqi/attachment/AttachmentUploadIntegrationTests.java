package org.zhuqi.attachment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.zhuqi.account.TestViewers;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Adding files to an existing record through the shared panel and the API, under the owner's access rule:
 * who may add gets the files stored, who may only read gets 403, who may not read gets 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AttachmentUploadIntegrationTests {

	private static final Viewer ADMIN = Viewer.admin("admin");

	private static final Viewer DEPARTMENT = Viewer.department("dept-reader", 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	Attachments attachments;

	@Test
	void showsThePanelWithAnUploadFormOnlyToThoseWhoMayAdd() throws Exception {
		long owner = TestOwner.newId();
		attachments.store(TestOwner.TYPE, owner, "现场.png", TestFiles.png(), "u");
		mvc.perform(get("/attachment-test/{id}/panel", owner).with(TestViewers.as(Viewer.enterprise("ent", owner))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("现场.png")))
			.andExpect(content().string(containsString("hx-post=\"/attachments/attachment-test/" + owner + "\"")))
			.andExpect(content().string(containsString("name=\"returnTo\" value=\"/attachment-test/" + owner + "/panel\"")))
			.andExpect(content().string(containsString("上传附件")));
		mvc.perform(get("/attachment-test/{id}/panel", owner).with(TestViewers.as(DEPARTMENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("现场.png")))
			.andExpect(content().string(not(containsString("type=\"file\""))));
	}

	@Test
	void addsFilesThroughThePanelWithHtmxAndReturnsThePanel() throws Exception {
		long owner = TestOwner.newId();
		mvc.perform(multipart("/attachments/{type}/{id}", TestOwner.TYPE, owner)
			.file(new MockMultipartFile("attachments", "营业执照.pdf", "application/pdf", TestFiles.pdf()))
			.file(new MockMultipartFile("attachments", "用工.xlsx", "application/octet-stream", TestFiles.xlsx()))
			.param("returnTo", "/attachment-test/" + owner + "/panel")
			.header("HX-Request", "true")
			.with(csrf())
			.with(TestViewers.as(Viewer.enterprise("ent", owner))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"attachments-panel\"")))
			.andExpect(content().string(containsString("营业执照.pdf")))
			.andExpect(content().string(containsString("Excel 表格")))
			.andExpect(content().string(not(containsString("<html"))));
		assertThat(attachments.list(TestOwner.TYPE, owner)).extracting(AttachmentRef::uploadedBy)
			.containsExactly("ent", "ent");
	}

	@Test
	void showsARefusalInsideThePanel() throws Exception {
		long owner = TestOwner.newId();
		mvc.perform(multipart("/attachments/{type}/{id}", TestOwner.TYPE, owner)
			.file(new MockMultipartFile("attachments", "发票.pdf", "application/pdf", TestFiles.exe()))
			.header("HX-Request", "true")
			.with(csrf())
			.with(TestViewers.as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"field invalid\"")))
			.andExpect(content().string(containsString("文件“发票.pdf”的内容是可执行程序或脚本，不能作为附件。")));
		assertThat(attachments.list(TestOwner.TYPE, owner)).isEmpty();
	}

	@Test
	void goesBackToTheOwnersPageWithoutHtmx() throws Exception {
		long owner = TestOwner.newId();
		mvc.perform(multipart("/attachments/{type}/{id}", TestOwner.TYPE, owner)
			.file(new MockMultipartFile("attachments", "说明.txt", "text/plain", TestFiles.utf8Text()))
			.param("returnTo", "/attachment-test/" + owner + "/panel")
			.with(csrf())
			.with(TestViewers.as(ADMIN)))
			.andExpect(redirectedUrl("/attachment-test/" + owner + "/panel"))
			.andExpect(flash().attribute("message", "attachment.added"));

		mvc.perform(multipart("/attachments/{type}/{id}", TestOwner.TYPE, owner)
			.file(new MockMultipartFile("attachments", "空.pdf", "application/pdf", new byte[0]))
			.param("returnTo", "/attachment-test/" + owner + "/panel")
			.param("lang", "en")
			.with(csrf())
			.with(TestViewers.as(ADMIN)))
			.andExpect(redirectedUrl("/attachment-test/" + owner + "/panel"))
			.andExpect(flash().attribute("attachmentError", "The file \"空.pdf\" is empty."));
	}

	@Test
	void neverRedirectsToAnotherSite() throws Exception {
		long owner = TestOwner.newId();
		for (String elsewhere : new String[] { "//evil.example/x", "https://evil.example/", "/\\evil.example" }) {
			mvc.perform(multipart("/attachments/{type}/{id}", TestOwner.TYPE, owner)
				.file(new MockMultipartFile("attachments", "a.txt", "text/plain", TestFiles.utf8Text()))
				.param("returnTo", elsewhere)
				.with(csrf())
				.with(TestViewers.as(ADMIN)))
				.andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void forbidsAddingToThoseWhoMayOnlyReadAndHidesTheRecordFromOthers() throws Exception {
		long owner = TestOwner.newId();
		MockMultipartFile pdf = new MockMultipartFile("attachments", "a.pdf", "application/pdf", TestFiles.pdf());
		mvc.perform(multipart("/attachments/{type}/{id}", TestOwner.TYPE, owner).file(pdf)
			.with(csrf())
			.with(TestViewers.as(DEPARTMENT)))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/attachments/{type}/{id}", TestOwner.TYPE, owner).file(pdf)
			.with(csrf())
			.with(TestViewers.as(Viewer.enterprise("other", owner + 1))))
			.andExpect(status().isNotFound());
		mvc.perform(multipart("/attachments/{type}/{id}", TestOwner.UNGUARDED_TYPE, owner).file(pdf)
			.with(csrf())
			.with(TestViewers.as(ADMIN)))
			.andExpect(status().isNotFound());
		mvc.perform(multipart("/attachments/{type}/{id}", "no-such-type", owner).file(pdf)
			.with(csrf())
			.with(TestViewers.as(ADMIN)))
			.andExpect(status().isNotFound());
		assertThat(attachments.list(TestOwner.TYPE, owner)).isEmpty();
	}

	@Test
	void refusesAnUploadWithoutCsrfToken() throws Exception {
		long owner = TestOwner.newId();
		mvc.perform(multipart("/attachments/{type}/{id}", TestOwner.TYPE, owner)
			.file(new MockMultipartFile("attachments", "a.pdf", "application/pdf", TestFiles.pdf()))
			.with(TestViewers.as(ADMIN)))
			.andExpect(status().isForbidden());
		assertThat(attachments.list(TestOwner.TYPE, owner)).isEmpty();
	}

	@Test
	void addsAndListsFilesOnTheApi() throws Exception {
		long owner = TestOwner.newId();
		Viewer enterprise = Viewer.enterprise("ent-api", owner);
		mvc.perform(multipart("/api/v1/attachments/{type}/{id}", TestOwner.TYPE, owner)
			.file(new MockMultipartFile("attachments", "方案.docx", "application/octet-stream", TestFiles.docx()))
			.with(TestViewers.as(enterprise)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].fileName").value("方案.docx"))
			.andExpect(jsonPath("$[0].contentType").value(AllowedType.DOCX.mediaType()))
			.andExpect(jsonPath("$[0].uploadedBy").value("ent-api"));

		mvc.perform(get("/api/v1/attachments/{type}/{id}", TestOwner.TYPE, owner).with(TestViewers.as(DEPARTMENT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].fileName").value("方案.docx"));
		mvc.perform(get("/api/v1/attachments/{type}/{id}", TestOwner.TYPE, owner)
			.with(TestViewers.as(Viewer.enterprise("other", owner + 1))))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void answersRefusalsOnTheApiAsProblemDetailsNamingTheField() throws Exception {
		long owner = TestOwner.newId();
		mvc.perform(multipart("/api/v1/attachments/{type}/{id}", TestOwner.TYPE, owner)
			.file(new MockMultipartFile("attachments", "index.pdf", "application/pdf", TestFiles.html()))
			.param("lang", "en")
			.with(TestViewers.as(ADMIN)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("attachments"))
			.andExpect(jsonPath("$.errors[0].message")
				.value(containsString("The file \"index.pdf\" cannot be attached (its content is: Web page (HTML)).")));
		mvc.perform(multipart("/api/v1/attachments/{type}/{id}", TestOwner.TYPE, owner)
			.file(new MockMultipartFile("attachments", "a.pdf", "application/pdf", TestFiles.pdf()))
			.with(TestViewers.as(DEPARTMENT)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(attachments.list(TestOwner.TYPE, owner)).isEmpty();
	}

}
