package org.zhuqi.directory.transfer;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhuqi.directory.cadre.CadreDetails;
import org.zhuqi.directory.cadre.CadreForm;
import org.zhuqi.directory.cadre.CadreService;
import org.zhuqi.directory.reference.Outcome;
import org.zhuqi.directory.reference.PhoneNumbers;

/**
 * Liaison cadre (联企干部) rows: 姓名, 所属部门编码 (upper-cased), 手机号, optionally 职务 and 启用 (是/否,
 * default 是). Checked with the same Bean Validation as the form and written with {@link CadreService#upsert},
 * idempotent on the phone in its canonical spelling, so {@code 138 1234 5678} and {@code 13812345678} are one
 * cadre, in the database and within a file. A title left blank, or a file without that column, clears it.
 */
@Component
class CadreRowImporter implements RowImporter<CadreDetails> {

	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("name"),
			ImportColumn.required("departmentCode"), ImportColumn.required("phone"), ImportColumn.optional("title"),
			ImportColumn.optional("active"));

	/** The template's example department, 区经信局, which the demo data has. */
	static final String EXAMPLE_DEPARTMENT = "JXJ";

	/** The template's example phone, on a prefix the demo data does not use. */
	static final String EXAMPLE_PHONE = "18300001234";

	private final CadreService service;

	private final Validator validator;

	private final MessageSource messages;

	CadreRowImporter(CadreService service, Validator validator, MessageSource messages) {
		this.service = service;
		this.validator = validator;
		this.messages = messages;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.CADRE;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public String keyField() {
		return "phone";
	}

	/** The canonical phone; a value that is no phone at all stays as typed (its row is refused anyway). */
	@Override
	public String normalizeKey(String raw) {
		return PhoneNumbers.canonical(raw).orElseGet(() -> CellValues.normalize(raw));
	}

	@Override
	public CadreDetails parse(ImportRow row) {
		CadreForm form = new CadreForm();
		form.setName(row.text("name"));
		String department = row.text("departmentCode");
		form.setDepartmentCode(department == null ? null : CellValues.normalize(department).toUpperCase(Locale.ROOT));
		form.setPhone(row.text("phone"));
		form.setTitle(row.text("title"));
		Boolean active = row.flag("active", true);
		form.setActive(active == null || active);
		if (!row.validate(validator, form)) {
			return null;
		}
		return row.accept(() -> CadreDetails.from(form));
	}

	@Override
	public Outcome write(CadreDetails details, String actor) {
		return service.upsert(details, actor);
	}

	@Override
	public List<Object> example(Locale locale) {
		return List.of(messages.getMessage("import.example.cadre.name", null, locale), EXAMPLE_DEPARTMENT,
				EXAMPLE_PHONE, messages.getMessage("import.example.cadre.title", null, locale),
				messages.getMessage("import.value.yes", null, locale));
	}

}
