package org.zhuqi.directory.transfer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuqi.directory.CadreRef;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.department.DirectoryFixture;
import org.zhuqi.directory.department.DirectoryIntegrationSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhuqi.directory.transfer.ImportFixtures.ADMIN;
import static org.zhuqi.directory.transfer.ImportFixtures.await;
import static org.zhuqi.directory.transfer.ImportFixtures.problems;

class CadreImportIntegrationTests extends DirectoryIntegrationSupport {

	private static final List<String> HEADERS = List.of("姓名", "所属部门编码", "手机号", "职务", "启用");

	@Autowired
	private Imports imports;

	private ImportJob importFile(String fileName, byte[] content, Locale locale) {
		return await(imports, imports.start(ImportKind.CADRE, fileName, content, ADMIN, locale));
	}

	private static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

	/** A mobile number as people type it: {@code 139 1234 5678}. */
	private static String spaced(String mobile) {
		return mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
	}

	private String title(String phone) {
		return jdbc.sql("select title from cadre where phone = :phone").param("phone", phone).query(String.class).single();
	}

	@Test
	void importsGoodCadresAndReportsEachBadRowThenChangesNothingOnReimport() {
		DepartmentRef department = fixture.department();
		DepartmentRef closed = fixture.department("停用局" + DirectoryFixture.token(), false);
		String phone = DirectoryFixture.mobile();
		String other = DirectoryFixture.mobile();
		String token = DirectoryFixture.token();
		List<List<Object>> rows = List.of(
				// row 2: good, phone with spaces, department code in lower case, no active flag
				row("甲" + token, department.code().toLowerCase(Locale.ROOT), spaced(phone), "科员", null),
				// row 3: the same phone written without spaces
				row("乙" + token, department.code(), phone, null, "是"),
				// row 4: no phone at all
				row("丙" + token, department.code(), "12345", null, null),
				// row 5: a department code nobody has
				row("丁" + token, "NOPE-" + token, DirectoryFixture.mobile(), null, null),
				// row 6: good, in the economy bureau of the demo data, not active, the phone an Excel number
				row("戊" + token, "JXJ", Long.parseLong(other), null, "否"),
				// row 7: a closed department takes no new cadres
				row("己" + token, closed.code(), DirectoryFixture.mobile(), null, null));
		byte[] file = ImportFixtures.xlsx(HEADERS, rows);

		ImportJob job = importFile("干部.xlsx", file, Locale.SIMPLIFIED_CHINESE);

		assertThat(job.status()).isEqualTo(ImportStatus.DONE);
		assertThat(job.createdCount()).isEqualTo(2);
		assertThat(job.failedCount()).isEqualTo(4);
		assertThat(problems(imports, job.id())).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::reason)
			.containsExactly(tuple(3, "手机号", "与第 2 行重复：同一文件中同一手机号只能出现一次（写法不同也算同一号码）"),
					tuple(4, "手机号", "请输入有效的手机号或固定电话（如 13812345678 或 0571-88886666）"),
					tuple(5, "所属部门编码", "部门代码 NOPE-" + token + " 不存在"),
					tuple(7, "所属部门编码", "部门“" + closed.name() + "”已停用，不能加入新的联企干部"));
		CadreRef imported = directory.cadreByPhone(phone).orElseThrow();
		assertThat(imported.name()).isEqualTo("甲" + token);
		assertThat(imported.departmentId()).isEqualTo(department.id());
		assertThat(imported.active()).isTrue();
		assertThat(title(phone)).isEqualTo("科员");
		CadreRef inactive = directory.cadreByPhone(other).orElseThrow();
		assertThat(inactive.departmentName()).isEqualTo("区经信局");
		assertThat(inactive.active()).isFalse();

		for (byte[] again : List.of(file, ImportFixtures.csv(HEADERS, rows, StandardCharsets.UTF_8, true))) {
			ImportJob repeated = importFile(again == file ? "干部.xlsx" : "干部.csv", again, Locale.SIMPLIFIED_CHINESE);

			assertThat(repeated.status()).isEqualTo(ImportStatus.DONE);
			assertThat(repeated.createdCount() + repeated.updatedCount()).isZero();
			assertThat(repeated.unchangedCount()).isEqualTo(2);
			assertThat(repeated.failedCount()).isEqualTo(4);
		}
		assertThat(auditCount("cadre", imported.id())).isEqualTo(1);
	}

	@Test
	void updatesTheCadreWithTheSamePhoneHoweverItIsWritten() {
		DepartmentRef department = fixture.department();
		DepartmentRef next = fixture.department();
		String phone = DirectoryFixture.mobile();
		String token = DirectoryFixture.token();
		List<String> headers = List.of("Mobile", "Name", "Department code", "Position");
		ImportJob created = importFile("cadres.csv", ImportFixtures.csv(headers,
				List.of(row(phone, "Wang " + token, department.code(), "")), StandardCharsets.UTF_8, false),
				Locale.ENGLISH);
		assertThat(created.createdCount()).isEqualTo(1);

		ImportJob moved = importFile("cadres.xlsx", ImportFixtures.xlsx(headers,
				List.of(row("+86 " + spaced(phone), "Wang " + token, next.code(), "Deputy director"),
						row("123", "Nobody " + token, next.code(), ""))),
				Locale.ENGLISH);

		assertThat(moved.updatedCount()).isEqualTo(1);
		assertThat(moved.createdCount()).isZero();
		assertThat(problems(imports, moved.id())).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::reason)
			.containsExactly(tuple(3, "Mobile",
					"Enter a valid mobile or fixed-line number (e.g. 13812345678 or 0571-88886666)"));
		CadreRef cadre = directory.cadreByPhone(phone).orElseThrow();
		assertThat(cadre.departmentId()).isEqualTo(next.id());
		assertThat(title(phone)).isEqualTo("Deputy director");
	}

}
