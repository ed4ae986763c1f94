package org.zhuqi.directory.transfer;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuqi.directory.CadreRef;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.EnterpriseRef;
import org.zhuqi.directory.department.DirectoryFixture;
import org.zhuqi.directory.department.DirectoryIntegrationSupport;
import org.zhuqi.directory.pairing.PairingService;
import org.zhuqi.directory.reference.Uscc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhuqi.directory.transfer.ImportFixtures.ADMIN;
import static org.zhuqi.directory.transfer.ImportFixtures.await;
import static org.zhuqi.directory.transfer.ImportFixtures.problems;

class PairingImportIntegrationTests extends DirectoryIntegrationSupport {

	private static final List<String> HEADERS = List.of("统一社会信用代码", "联企干部手机号");

	@Autowired
	private Imports imports;

	@Autowired
	private PairingService pairing;

	private ImportJob importFile(String fileName, byte[] content, Locale locale) {
		return await(imports, imports.start(ImportKind.PAIRING, fileName, content, ADMIN, locale));
	}

	private static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

	/** One row of an enterprise's pairing history. */
	record Period(long cadreId, OffsetDateTime endedAt) {
	}

	private List<Period> history(long enterpriseId) {
		return jdbc.sql("select cadre_id, ended_at from pairing_history where enterprise_id = :id order by id")
			.param("id", enterpriseId)
			.query(Period.class)
			.list();
	}

	@Test
	void pairsAndReassignsEnterprisesKeepingTheHistoryAndReportsEachBadRow() {
		DepartmentRef department = fixture.department();
		CadreRef first = fixture.cadre(department);
		CadreRef second = fixture.cadre(department);
		CadreRef retired = fixture.cadre(department, "退休干部" + DirectoryFixture.token(), false);
		EnterpriseRef reassigned = fixture.enterprise("改派企业" + DirectoryFixture.token());
		EnterpriseRef unpaired = fixture.enterprise("新结对企业" + DirectoryFixture.token());
		EnterpriseRef strangerCadre = fixture.enterprise("未知干部企业" + DirectoryFixture.token());
		EnterpriseRef retiredCadre = fixture.enterprise("停用干部企业" + DirectoryFixture.token());
		pairing.pair(reassigned.id(), first.id(), DirectoryFixture.ACTOR, null);
		String unknownUscc = DirectoryFixture.uscc();
		String unknownPhone = DirectoryFixture.mobile();
		String wrongCheck = ImportFixtures.withWrongCheckCharacter(DirectoryFixture.uscc());
		List<List<Object>> rows = List.of(
				// row 2: reassigns, credit code in lower case, phone with a country code
				row(reassigned.uscc().toLowerCase(Locale.ROOT), "+86 " + second.phone()),
				// row 3: a first pairing
				row(unpaired.uscc(), first.phone()),
				// row 4: no enterprise has this credit code
				row(unknownUscc, first.phone()),
				// row 5: no cadre has this phone
				row(strangerCadre.uscc(), unknownPhone),
				// row 6: an inactive cadre takes no enterprises
				row(retiredCadre.uscc(), retired.phone()),
				// row 7: the enterprise of row 3 again, with another cadre
				row(unpaired.uscc(), second.phone()),
				// row 8: a credit code with a wrong check character
				row(wrongCheck, first.phone()));
		byte[] file = ImportFixtures.xlsx(HEADERS, rows);

		ImportJob job = importFile("结对.xlsx", file, Locale.SIMPLIFIED_CHINESE);

		assertThat(job.status()).isEqualTo(ImportStatus.DONE);
		assertThat(job.createdCount()).isEqualTo(1);
		assertThat(job.updatedCount()).isEqualTo(1);
		assertThat(job.failedCount()).isEqualTo(5);
		char expected = Uscc.checkCharacter(wrongCheck.substring(0, 17));
		assertThat(problems(imports, job.id())).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::reason)
			.containsExactly(tuple(4, "统一社会信用代码", "统一社会信用代码为 " + unknownUscc + " 的企业不存在"),
					tuple(5, "联企干部手机号", "电话为 " + unknownPhone + " 的联企干部不存在"),
					tuple(6, "联企干部手机号", "联企干部“" + retired.name() + "”已停用，不能再结对企业"),
					tuple(7, "统一社会信用代码", "与第 3 行重复：一家企业只结对一位联企干部，同一文件中同一企业只能出现一次"),
					tuple(8, "统一社会信用代码", "统一社会信用代码校验码错误：第18位应为 " + expected + "，实际为 "
							+ wrongCheck.charAt(17)));
		assertThat(directory.enterprise(reassigned.id()).orElseThrow().cadreId()).isEqualTo(second.id());
		assertThat(history(reassigned.id())).satisfiesExactly(old -> {
			assertThat(old.cadreId()).isEqualTo(first.id());
			assertThat(old.endedAt()).isNotNull();
		}, current -> {
			assertThat(current.cadreId()).isEqualTo(second.id());
			assertThat(current.endedAt()).isNull();
		});
		assertThat(directory.enterprise(unpaired.id()).orElseThrow().cadreId()).isEqualTo(first.id());
		assertThat(directory.enterprise(strangerCadre.id()).orElseThrow().cadreId()).isNull();
		assertThat(directory.enterprise(retiredCadre.id()).orElseThrow().cadreId()).isNull();

		for (byte[] again : List.of(file, ImportFixtures.csv(HEADERS, rows, StandardCharsets.UTF_8, true))) {
			ImportJob repeated = importFile(again == file ? "结对.xlsx" : "结对.csv", again, Locale.SIMPLIFIED_CHINESE);

			assertThat(repeated.status()).isEqualTo(ImportStatus.DONE);
			assertThat(repeated.createdCount() + repeated.updatedCount()).isZero();
			assertThat(repeated.unchangedCount()).isEqualTo(2);
			assertThat(repeated.failedCount()).isEqualTo(5);
		}
		assertThat(history(reassigned.id())).hasSize(2);
		assertThat(history(unpaired.id())).hasSize(1);
	}

	@Test
	void reportsUnderTheFilesOwnHeadersInTheUploadersLanguage() {
		DepartmentRef department = fixture.department();
		CadreRef cadre = fixture.cadre(department);
		EnterpriseRef enterprise = fixture.enterprise("English pairing " + DirectoryFixture.token());
		List<String> headers = List.of("Cadre phone", "Enterprise", "Credit code");

		ImportJob job = importFile("pairings.csv", ImportFixtures.csv(headers,
				List.of(row(cadre.phone(), enterprise.name(), enterprise.uscc()), row("", "nobody", "")),
				StandardCharsets.UTF_8, false), Locale.ENGLISH);

		assertThat(job.status()).isEqualTo(ImportStatus.DONE);
		assertThat(job.createdCount()).isEqualTo(1);
		assertThat(job.message()).isEqualTo("Columns not recognised and ignored: Enterprise");
		assertThat(problems(imports, job.id())).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::reason)
			.containsExactly(tuple(3, "Cadre phone", "Required; must not be empty"),
					tuple(3, "Credit code", "Required; must not be empty"));
		assertThat(directory.enterprise(enterprise.id()).orElseThrow().cadreId()).isEqualTo(cadre.id());
	}

}
