package org.zhuqi.directory.transfer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.department.DirectoryFixture;
import org.zhuqi.directory.department.DirectoryIntegrationSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhuqi.directory.transfer.ImportFixtures.ADMIN;
import static org.zhuqi.directory.transfer.ImportFixtures.await;
import static org.zhuqi.directory.transfer.ImportFixtures.problems;

class DepartmentImportIntegrationTests extends DirectoryIntegrationSupport {

	private static final List<String> HEADERS = List.of("部门编码", "部门名称", "类型", "启用");

	@Autowired
	private Imports imports;

	private ImportJob importFile(String fileName, byte[] content, Locale locale) {
		return await(imports, imports.start(ImportKind.DEPARTMENT, fileName, content, ADMIN, locale));
	}

	private static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

	@Test
	void importsGoodDepartmentsAndReportsEachBadRowThenChangesNothingOnReimport() {
		String bureau = DirectoryFixture.code();
		String street = DirectoryFixture.code();
		String token = DirectoryFixture.token();
		List<List<Object>> rows = List.of(
				// row 2: good, code typed in lower case
				row(bureau.toLowerCase(Locale.ROOT), "导入局" + token, "局", "是"),
				// row 3: the same code in upper case
				row(bureau, "重复局" + token, "局", "是"),
				// row 4: unknown kind
				row(DirectoryFixture.code(), "委员会" + token, "委员会", null),
				// row 5: no name
				row(DirectoryFixture.code(), null, "其他", "是"),
				// row 6: good, a street closed to new cadres, kind as the department pages name it
				row(street, "导入街道" + token, "街道/镇", "否"),
				// row 7: an active flag that is neither yes nor no
				row(DirectoryFixture.code(), "也许局" + token, "BUREAU", "也许"),
				// row 8: a name another department has, refused by the service when written
				row(DirectoryFixture.code(), "区经信局", "局", "1"));
		byte[] file = ImportFixtures.xlsx(HEADERS, rows);

		ImportJob job = importFile("部门.xlsx", file, Locale.SIMPLIFIED_CHINESE);

		assertThat(job.status()).isEqualTo(ImportStatus.DONE);
		assertThat(job.totalRows()).isEqualTo(7);
		assertThat(job.createdCount()).isEqualTo(2);
		assertThat(job.failedCount()).isEqualTo(5);
		assertThat(problems(imports, job.id())).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::reason)
			.containsExactly(tuple(3, "部门编码", "与第 2 行重复：同一文件中同一部门编码只能出现一次"),
					tuple(4, "类型", "未知的部门类型：委员会（应为 局、街道/镇、其他 之一）"),
					tuple(5, "部门名称", "必填，不能为空"),
					tuple(7, "启用", "不是有效的是/否：也许（请填 是 或 否）"),
					tuple(8, "部门名称", "名称“区经信局”已被其他部门使用"));
		DepartmentRef imported = directory.departmentByCode(bureau).orElseThrow();
		assertThat(imported.name()).isEqualTo("导入局" + token);
		assertThat(imported.kind()).isEqualTo("BUREAU");
		assertThat(imported.active()).isTrue();
		DepartmentRef closed = directory.departmentByCode(street).orElseThrow();
		assertThat(closed.kind()).isEqualTo("STREET");
		assertThat(closed.active()).isFalse();
		assertThat(auditCount("department", imported.id())).isEqualTo(1);

		for (byte[] again : List.of(file, ImportFixtures.csv(HEADERS, rows, StandardCharsets.UTF_8, true))) {
			ImportJob repeated = importFile(again == file ? "部门.xlsx" : "部门.csv", again, Locale.SIMPLIFIED_CHINESE);

			assertThat(repeated.status()).isEqualTo(ImportStatus.DONE);
			assertThat(repeated.createdCount() + repeated.updatedCount()).isZero();
			assertThat(repeated.unchangedCount()).isEqualTo(2);
			assertThat(repeated.failedCount()).isEqualTo(5);
		}
		assertThat(auditCount("department", imported.id())).isEqualTo(1);
	}

	@Test
	void readsEnglishHeadersWithoutTheOptionalColumnAndUpdatesByCode() {
		String code = DirectoryFixture.code();
		String token = DirectoryFixture.token();
		List<String> headers = List.of("Kind", "Department code", "Department name");
		byte[] first = ImportFixtures.csv(headers, List.of(row("Other", code, "Chamber " + token),
				row("Guild", DirectoryFixture.code(), "Guild " + token)), StandardCharsets.UTF_8, false);

		ImportJob created = importFile("departments.csv", first, Locale.ENGLISH);

		assertThat(created.createdCount()).isEqualTo(1);
		assertThat(problems(imports, created.id())).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::reason)
			.containsExactly(tuple(3, "Kind", "Unknown kind of department: Guild (use Bureau, Street or Other)"));
		DepartmentRef department = directory.departmentByCode(code).orElseThrow();
		assertThat(department.kind()).isEqualTo("OTHER");
		assertThat(department.active()).isTrue();

		byte[] renamed = ImportFixtures.xlsx(headers, List.of(row("Street / town", code, "Renamed " + token)));
		ImportJob updated = importFile("departments.xlsx", renamed, Locale.ENGLISH);

		assertThat(updated.updatedCount()).isEqualTo(1);
		assertThat(updated.failedCount()).isZero();
		DepartmentRef revised = directory.departmentByCode(code).orElseThrow();
		assertThat(revised.id()).isEqualTo(department.id());
		assertThat(revised.name()).isEqualTo("Renamed " + token);
		assertThat(revised.kind()).isEqualTo("STREET");
	}

}
