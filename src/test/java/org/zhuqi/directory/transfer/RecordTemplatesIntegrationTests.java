package org.zhuqi.directory.transfer;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.zhuqi.directory.CadreRef;
import org.zhuqi.directory.department.DirectoryIntegrationSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;
import static org.zhuqi.directory.transfer.ImportFixtures.await;
import static org.zhuqi.directory.transfer.ImportFixtures.readSheet;

/** The templates of departments, cadres and pairings: the import page offers them and their examples import. */
class RecordTemplatesIntegrationTests extends DirectoryIntegrationSupport {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	private Imports imports;

	private MvcResult download(String slug, String extension, String lang) throws Exception {
		return mvc.perform(get("/imports/template/" + slug + "." + extension).param("lang", lang).with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(extension.equals("xlsx") ? XLSX : "text/csv;charset=UTF-8"))
			.andReturn();
	}

	/** Uploads a template through the page and waits for its import to finish. */
	private ImportJob upload(ImportKind kind, String fileName, byte[] content) throws Exception {
		MvcResult result = mvc
			.perform(multipart("/imports").file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
				.param("kind", kind.name())
				.with(csrf())
				.with(as(ADMIN)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return await(imports, Long.parseLong(location.substring("/imports/".length())));
	}

	/** Downloads a kind's templates (Chinese .xlsx and .csv, English .xlsx) and imports each. */
	private void importTemplates(ImportKind kind, List<String> chineseHeaders, String firstEnglishHeader)
			throws Exception {
		byte[] xlsx = download(kind.slug(), "xlsx", "zh_CN").getResponse().getContentAsByteArray();
		List<List<String>> sheet = readSheet(xlsx);
		assertThat(sheet).hasSize(2);
		assertThat(sheet.get(0)).containsExactlyElementsOf(chineseHeaders);
		byte[] csv = download(kind.slug(), "csv", "zh_CN").getResponse().getContentAsByteArray();
		assertThat(new String(csv, StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
			.isEqualTo("\uFEFF" + String.join(",", chineseHeaders));
		byte[] english = download(kind.slug(), "xlsx", "en").getResponse().getContentAsByteArray();
		assertThat(readSheet(english).get(0).get(0)).isEqualTo(firstEnglishHeader);

		for (String name : List.of("template.xlsx", "template.csv", "template-en.xlsx")) {
			byte[] content = name.equals("template.csv") ? csv : name.equals("template.xlsx") ? xlsx : english;
			ImportJob job = upload(kind, name, content);
			assertThat(job.status()).isEqualTo(ImportStatus.DONE);
			assertThat(job.totalRows()).isEqualTo(1);
			assertThat(job.failedCount()).as("problems of the %s %s", kind, name).isZero();
		}
	}

	@Test
	void importPageOffersATemplatePerKind() throws Exception {
		Document page = Jsoup.parse(
				mvc.perform(get("/imports").with(as(ADMIN))).andExpect(status().isOk()).andReturn().getResponse()
					.getContentAsString());

		assertThat(page.select("select#kind option")).extracting(option -> option.attr("value"))
			.containsExactly("ENTERPRISE", "DEPARTMENT", "CADRE", "PAIRING");
		for (String slug : List.of("enterprise", "department", "cadre", "pairing")) {
			assertThat(page.select("a[href=/imports/template/" + slug + ".xlsx]")).hasSize(1);
			assertThat(page.select("a[href=/imports/template/" + slug + ".csv]")).hasSize(1);
		}
	}

	@Test
	void departmentAndCadreTemplatesImportCleanly() throws Exception {
		importTemplates(ImportKind.DEPARTMENT, List.of("部门编码", "部门名称", "类型", "启用"), "Department code");
		assertThat(directory.departmentByCode(DepartmentRowImporter.EXAMPLE_CODE)).hasValueSatisfying(department -> {
			assertThat(department.kind()).isEqualTo("BUREAU");
			assertThat(department.active()).isTrue();
		});

		importTemplates(ImportKind.CADRE, List.of("姓名", "所属部门编码", "手机号", "职务", "启用"), "Name");
		CadreRef cadre = directory.cadreByPhone(CadreRowImporter.EXAMPLE_PHONE).orElseThrow();
		assertThat(cadre.departmentName()).isEqualTo("区经信局");
		assertThat(cadre.active()).isTrue();
	}

	/** The pairing example pairs the examples of the enterprise and cadre templates, so those go first. */
	@Test
	void pairingTemplateImportsCleanlyOnceTheExampleEnterpriseAndCadreExist() throws Exception {
		upload(ImportKind.ENTERPRISE, "enterprise.xlsx",
				download("enterprise", "xlsx", "zh_CN").getResponse().getContentAsByteArray());
		upload(ImportKind.CADRE, "cadre.xlsx", download("cadre", "xlsx", "zh_CN").getResponse().getContentAsByteArray());

		importTemplates(ImportKind.PAIRING, List.of("统一社会信用代码", "联企干部手机号"), "Unified social credit code");

		CadreRef cadre = directory.cadreByPhone(CadreRowImporter.EXAMPLE_PHONE).orElseThrow();
		assertThat(directory.enterpriseByUscc(EnterpriseRowImporter.EXAMPLE_USCC).orElseThrow().cadreId())
			.isEqualTo(cadre.id());
	}

}
