package org.zhuqi.directory.transfer;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhuqi.directory.department.DepartmentDetails;
import org.zhuqi.directory.department.DepartmentForm;
import org.zhuqi.directory.department.DepartmentKind;
import org.zhuqi.directory.department.DepartmentService;
import org.zhuqi.directory.reference.Outcome;

/**
 * Department rows: 部门编码 (upper-cased, so {@code jxj} is {@code JXJ}), 部门名称, 类型 (局/部门/BUREAU,
 * 街道/镇/STREET, 其他/OTHER, or the kind as the department pages name it) and optionally 启用 (是/否, default
 * 是). Checked with the same Bean Validation as the form and written with {@link DepartmentService#upsert},
 * idempotent on the code.
 */
@Component
class DepartmentRowImporter implements RowImporter<DepartmentDetails> {

	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("code"),
			ImportColumn.required("name"), ImportColumn.required("kind"), ImportColumn.optional("active"));

	/** The template's example code, which the demo data does not use (示例局, "example bureau"). */
	static final String EXAMPLE_CODE = "SLJ";

	private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private final DepartmentService service;

	private final Validator validator;

	private final MessageSource messages;

	DepartmentRowImporter(DepartmentService service, Validator validator, MessageSource messages) {
		this.service = service;
		this.validator = validator;
		this.messages = messages;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.DEPARTMENT;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public String keyField() {
		return "code";
	}

	@Override
	public String normalizeKey(String raw) {
		return code(raw);
	}

	@Override
	public DepartmentDetails parse(ImportRow row) {
		DepartmentForm form = new DepartmentForm();
		String code = row.text("code");
		form.setCode(code == null ? null : code(code));
		form.setName(row.text("name"));
		DepartmentKind kind = row.choice("kind", this::kind, "import.department.kind.unknown");
		form.setKind(kind == null ? null : kind.name());
		Boolean active = row.flag("active", true);
		form.setActive(active == null || active);
		if (!row.validate(validator, form)) {
			return null;
		}
		return row.accept(() -> DepartmentDetails.from(form));
	}

	@Override
	public Outcome write(DepartmentDetails details, String actor) {
		return service.upsert(details, actor);
	}

	@Override
	public List<Object> example(Locale locale) {
		return List.of(EXAMPLE_CODE, messages.getMessage("import.example.department.name", null, locale),
				messages.getMessage("department.kind.BUREAU", null, locale),
				messages.getMessage("import.value.yes", null, locale));
	}

	/** Department codes are upper-case ASCII: full-width and lower-case letters are read as such. */
	private static String code(String raw) {
		return CellValues.normalize(raw).toUpperCase(Locale.ROOT);
	}

	/** A kind by its code or a usual Chinese name, or as the department pages name it in either language. */
	private DepartmentKind kind(String text) {
		DepartmentKind kind = DepartmentKind.parse(CellValues.normalize(text));
		if (kind != null) {
			return kind;
		}
		for (DepartmentKind candidate : DepartmentKind.values()) {
			for (Locale language : LANGUAGES) {
				String label = messages.getMessage("department.kind." + candidate.name(), null, "", language);
				if (!label.isEmpty() && label.equalsIgnoreCase(CellValues.normalize(text))) {
					return candidate;
				}
			}
		}
		return null;
	}

}
