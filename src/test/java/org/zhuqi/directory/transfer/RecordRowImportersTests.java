package org.zhuqi.directory.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.validation.beanvalidation.SpringConstraintValidatorFactory;
import org.zhuqi.directory.cadre.CadreDetails;
import org.zhuqi.directory.cadre.CadreService;
import org.zhuqi.directory.department.DepartmentDetails;
import org.zhuqi.directory.department.DepartmentKind;
import org.zhuqi.directory.department.DepartmentService;
import org.zhuqi.directory.pairing.PairingService;
import org.zhuqi.directory.reference.Uscc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;

/** How department, cadre and pairing rows are read, without a database. */
class RecordRowImportersTests {

	private static final String USCC = "91330106MA2B3C4D5" + Uscc.checkCharacter("91330106MA2B3C4D5");

	private final StaticMessageSource messages = messages();

	private final Validator validator = validator();

	private final DepartmentRowImporter departments = new DepartmentRowImporter(mock(DepartmentService.class),
			validator, messages);

	private final CadreRowImporter cadres = new CadreRowImporter(mock(CadreService.class), validator, messages);

	private final PairingRowImporter pairings = new PairingRowImporter(mock(PairingService.class), validator);

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		messages.addMessage("department.kind.BUREAU", Locale.ENGLISH, "District bureau");
		messages.addMessage("department.kind.STREET", Locale.ENGLISH, "Street / town");
		messages.addMessage("department.kind.BUREAU", Locale.SIMPLIFIED_CHINESE, "区级部门");
		messages.addMessage("import.value.yes", Locale.ENGLISH, "Yes");
		messages.addMessage("import.value.yes", Locale.SIMPLIFIED_CHINESE, "是");
		return messages;
	}

	/** Spring's factory, as in the application: the directory's validators are not public classes. */
	private static Validator validator() {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.setConstraintValidatorFactory(new SpringConstraintValidatorFactory(new DefaultListableBeanFactory()));
		validator.afterPropertiesSet();
		return validator;
	}

	private ImportRow row(Map<String, String> cells) {
		return new ImportRow(2, new LinkedHashMap<>(cells), field -> field,
				new MessageSourceAccessor(messages, Locale.SIMPLIFIED_CHINESE));
	}

	private ImportRow department(String code, String name, String kind, String active) {
		Map<String, String> cells = new LinkedHashMap<>();
		cells.put("code", code);
		cells.put("name", name);
		cells.put("kind", kind);
		cells.put("active", active);
		return row(cells);
	}

	private ImportRow cadre(String name, String department, String phone, String title, String active) {
		Map<String, String> cells = new LinkedHashMap<>();
		cells.put("name", name);
		cells.put("departmentCode", department);
		cells.put("phone", phone);
		cells.put("title", title);
		cells.put("active", active);
		return row(cells);
	}

	private ImportRow pairing(String uscc, String phone) {
		Map<String, String> cells = new LinkedHashMap<>();
		cells.put("uscc", uscc);
		cells.put("cadrePhone", phone);
		return row(cells);
	}

	/** An example row read back as the pipeline reads it: by the importer's columns, as text. */
	private ImportRow example(RowImporter<?> importer, Locale locale) {
		Map<String, String> cells = new LinkedHashMap<>();
		List<Object> values = importer.example(locale);
		for (int i = 0; i < importer.columns().size(); i++) {
			cells.put(importer.columns().get(i).field(), String.valueOf(values.get(i)));
		}
		return row(cells);
	}

	@Test
	void readsDepartmentCodesInUpperCaseAndKindsByCodeChineseNameOrPageLabel() {
		DepartmentDetails details = departments.parse(department(" jxj-2 ", " 区经信局 ", "局", null));

		assertThat(details.code()).isEqualTo("JXJ-2");
		assertThat(details.name()).isEqualTo("区经信局");
		assertThat(details.kind()).isEqualTo(DepartmentKind.BUREAU);
		assertThat(details.active()).isTrue();
		assertThat(departments.normalizeKey("ｊｘｊ")).isEqualTo("JXJ");
		for (String street : List.of("街道/镇", "镇", "street", "Street / town")) {
			assertThat(departments.parse(department("X", "X", street, "是")).kind()).as(street)
				.isEqualTo(DepartmentKind.STREET);
		}
		assertThat(departments.parse(department("X", "X", "District bureau", "1")).kind())
			.isEqualTo(DepartmentKind.BUREAU);
		assertThat(departments.parse(department("X", "X", "其他", "否")).active()).isFalse();
	}

	@Test
	void reportsEveryProblemOfADepartmentRowByItsColumn() {
		ImportRow row = department("局/1", null, "委员会", "也许");

		assertThat(departments.parse(row)).isNull();
		assertThat(row.problems()).extracting(RowProblem::column, RowProblem::reason)
			.containsExactly(tuple("code", "{department.code.pattern}"),
					tuple("name", "import.cell.required"),
					tuple("kind", "import.department.kind.unknown"),
					tuple("active", "import.cell.flag"));
	}

	@Test
	void keysCadresByTheirPhoneHoweverItIsWritten() {
		assertThat(cadres.keyField()).isEqualTo("phone");
		assertThat(cadres.normalizeKey("138 1234 5678")).isEqualTo("13812345678")
			.isEqualTo(cadres.normalizeKey("+86-138-1234-5678"))
			.isEqualTo(cadres.normalizeKey("13812345678"));
		assertThat(cadres.normalizeKey(" 12345 ")).isEqualTo("12345");
	}

	@Test
	void readsCadresWithCanonicalPhoneUpperCaseDepartmentAndOptionalTitle() {
		CadreDetails details = cadres.parse(cadre(" 王芳 ", "jxj", "138 1234 5678", " ", "停用"));

		assertThat(details.name()).isEqualTo("王芳");
		assertThat(details.departmentCode()).isEqualTo("JXJ");
		assertThat(details.phone()).isEqualTo("13812345678");
		assertThat(details.title()).isNull();
		assertThat(details.active()).isFalse();
	}

	@Test
	void reportsABadCadrePhoneAndAMissingDepartmentByTheirColumns() {
		ImportRow row = cadre("王芳", null, "12345", null, null);

		assertThat(cadres.parse(row)).isNull();
		assertThat(row.problems()).extracting(RowProblem::column).containsExactly("departmentCode", "phone");
	}

	@Test
	void readsPairingKeysNormalised() {
		PairingRowImporter.Keys keys = pairings.parse(pairing(" " + USCC.toLowerCase(Locale.ROOT) + " ", "138 1234 5678"));

		assertThat(keys.uscc()).isEqualTo(USCC);
		assertThat(keys.cadrePhone()).isEqualTo("13812345678");
		assertThat(pairings.keyField()).isEqualTo("uscc");
		assertThat(pairings.normalizeKey(USCC.toLowerCase(Locale.ROOT))).isEqualTo(USCC);
	}

	@Test
	void reportsABadCreditCodeAndPhoneOfAPairingRow() {
		ImportRow row = pairing(ImportFixtures.withWrongCheckCharacter(USCC), "12345");

		assertThat(pairings.parse(row)).isNull();
		assertThat(row.problems()).extracting(RowProblem::column).containsExactly("uscc", "cadrePhone");
		ImportRow empty = pairing(null, null);
		assertThat(pairings.parse(empty)).isNull();
		assertThat(empty.problems()).extracting(RowProblem::reason)
			.containsExactly("import.cell.required", "import.cell.required");
	}

	@Test
	void exampleRowsReadCleanlyInBothLanguages() {
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			for (RowImporter<?> importer : List.of(departments, cadres, pairings)) {
				ImportRow row = example(importer, locale);
				assertThat(importer.parse(row)).as("%s example in %s", importer.kind(), locale).isNotNull();
				assertThat(row.problems()).isEmpty();
			}
		}
	}

}
