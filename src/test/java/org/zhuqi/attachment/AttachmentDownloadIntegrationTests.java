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

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Downloads through the real filter chains: headers that keep a browser from running a file, the owner's read
 * rule deciding who gets it, and an upload through the shared form fragments.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AttachmentDownloadIntegrationTests {

	private static final Viewer ADMIN = Viewer.admin("admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	Attachments attachments;

	@Test
	void servesADocumentAsAFileOfItsStoredTypeThatTheBrowserMustNotSniff() throws Exception {
		byte[] docx = TestFiles.docx();
		AttachmentRef stored = attachments.store(TestOwner.TYPE, TestOwner.newId(), "整改方案 v2.docx", docx, "u");
		mvc.perform(get("/attachments/{id}", stored.id()).with(TestViewers.as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(AllowedType.DOCX.mediaType()))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"attachment-" + stored.id()
					+ ".docx\"; filename*=UTF-8''%E6%95%B4%E6%94%B9%E6%96%B9%E6%A1%88%20v2.docx"))
			.andExpect(header().stringValues("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", AttachmentDownloads.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(header().longValue("Content-Length", docx.length))
			.andExpect(content().bytes(docx));
	}

	@Test
	void showsAPictureInline() throws Exception {
		AttachmentRef stored = attachments.store(TestOwner.TYPE, TestOwner.newId(), "现场.jpg", TestFiles.jpeg(), "u");
		mvc.perform(get("/attachments/{id}", stored.id()).with(TestViewers.as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_JPEG))
			.andExpect(header().string("Content-Disposition", containsString("inline; ")));
	}

	@Test
	void letsTheOwnersReadRuleDecide() throws Exception {
		long enterprise = TestOwner.newId();
		AttachmentRef stored = attachments.store(TestOwner.TYPE, enterprise, "报表.xlsx", TestFiles.xlsx(), "u");
		mvc.perform(get("/attachments/{id}", stored.id()).with(TestViewers.as(Viewer.enterprise("own", enterprise))))
			.andExpect(status().isOk());
		mvc.perform(get("/attachments/{id}", stored.id()).with(TestViewers.as(Viewer.enterprise("other", enterprise + 1))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/attachments/{id}", stored.id()).with(TestViewers.as(Viewer.cadre("cadre", 1))))
			.andExpect(status().isNotFound());
	}

	@Test
	void hidesAttachmentsOfAnOwnerTypeWithoutReadRuleEvenFromTheAdmin() throws Exception {
		AttachmentRef stored = attachments.store(TestOwner.UNGUARDED_TYPE, TestOwner.newId(), "a.pdf", TestFiles.pdf(), "u");
		mvc.perform(get("/attachments/{id}", stored.id()).with(TestViewers.as(ADMIN)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/attachments/{id}", stored.id()).with(httpBasic("admin", "zhuqi-admin")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void answersNotFoundForAnUnknownId() throws Exception {
		mvc.perform(get("/attachments/{id}", Long.MAX_VALUE).with(TestViewers.as(ADMIN)))
			.andExpect(status().isNotFound());
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPageAndAnonymousApiCallsAway() throws Exception {
		AttachmentRef stored = attachments.store(TestOwner.TYPE, TestOwner.newId(), "a.pdf", TestFiles.pdf(), "u");
		mvc.perform(get("/attachments/{id}", stored.id()).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/attachments/{id}", stored.id()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void servesTheSameFileOnTheApi() throws Exception {
		byte[] pdf = TestFiles.pdf();
		AttachmentRef stored = attachments.store(TestOwner.TYPE, TestOwner.newId(), "证明.pdf", pdf, "u");
		mvc.perform(get("/api/v1/attachments/{id}", stored.id()).with(httpBasic("admin", "zhuqi-admin")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(pdf));
	}

	@Test
	void uploadsThroughTheFormFragmentAndListsTheFileWithItsDownloadLink() throws Exception {
		long owner = TestOwner.newId();
		mvc.perform(get("/attachment-test/{id}", owner).with(TestViewers.as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("type=\"file\"")))
			.andExpect(content().string(containsString("accept=\".pdf,.png,.jpg,.jpeg,")))
			.andExpect(content().string(containsString("data-max-bytes=\"10485760\"")))
			.andExpect(content().string(containsString("每个不超过 10 MB，每条记录最多 5 个")))
			.andExpect(content().string(containsString("没有附件")));

		mvc.perform(multipart("/attachment-test/{id}", owner)
			.file(new MockMultipartFile("attachments", "营业执照.pdf", "application/pdf", TestFiles.pdf()))
			.file(new MockMultipartFile("attachments", "现场.png", "image/png", TestFiles.png()))
			.with(csrf())
			.with(TestViewers.as(ADMIN)))
			.andExpect(redirectedUrl("/attachment-test/" + owner));

		AttachmentRef first = attachments.list(TestOwner.TYPE, owner).get(0);
		mvc.perform(get("/attachment-test/{id}", owner).with(TestViewers.as(ADMIN)))
			.andExpect(content().string(containsString("href=\"/attachments/" + first.id() + "\"")))
			.andExpect(content().string(containsString("营业执照.pdf")))
			.andExpect(content().string(containsString("PDF 文档")))
			.andExpect(content().string(containsString("PNG 图片")))
			.andExpect(content().string(containsString("admin 上传于 ")))
			.andExpect(content().string(not(containsString("没有附件"))));
	}

	@Test
	void showsARefusalBesideTheFileInput() throws Exception {
		long owner = TestOwner.newId();
		mvc.perform(multipart("/attachment-test/{id}", owner)
			.file(new MockMultipartFile("attachments", "合同.pdf", "application/pdf", TestFiles.png()))
			.with(csrf())
			.with(TestViewers.as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"field invalid\"")))
			.andExpect(content().string(containsString("文件“合同.pdf”的内容是PNG 图片，与文件名不符：这类文件的名称应以 .png 结尾。")));

		mvc.perform(multipart("/attachment-test/{id}", owner)
			.file(new MockMultipartFile("attachments", "page.png", "image/png", TestFiles.html()))
			.param("lang", "en")
			.with(csrf())
			.with(TestViewers.as(ADMIN)))
			.andExpect(content().string(containsString("The file &quot;page.png&quot; cannot be attached (its content is: Web page (HTML)).")));
	}

}
