package org.zhuqi.directory.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhuqi.directory.enterprise.EnterpriseDetails;
import org.zhuqi.directory.enterprise.EnterpriseForm;
import org.zhuqi.directory.enterprise.EnterpriseRow;
import org.zhuqi.directory.enterprise.EnterpriseService;
import org.zhuqi.directory.reference.Industry;
import org.zhuqi.directory.reference.Outcome;
import org.zhuqi.directory.reference.ReferenceData;
import org.zhuqi.directory.reference.SizeClass;
import org.zhuqi.directory.reference.Street;
import org.zhuqi.directory.reference.Uscc;

/**
 * Enterprise rows: 企业名称, 统一社会信用代码, 街道/镇 (name or code), 行业门类 (letter or name), 企业规模
 * (大/中/小/微 or LARGE…), 注册资本(元), 成立日期, 联系人, 联系电话, 标签 (separated by 、 or ,). Checked with
 * the same Bean Validation as the form and written with {@link EnterpriseService#upsert}, idempotent on the
 * credit code. An export has the same columns ({@link #cells}), so it can be imported back unchanged.
 */
@Component
class EnterpriseRowImporter implements RowImporter<EnterpriseDetails> {

	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("name"),
			ImportColumn.required("uscc"), ImportColumn.required("streetCode"), ImportColumn.required("industryCode"),
			ImportColumn.required("sizeClass"), ImportColumn.required("registeredCapital"),
			ImportColumn.required("foundedOn"), ImportColumn.required("contactName"),
			ImportColumn.required("contactPhone"), ImportColumn.optional("tags"));

	/** An industry as lists show it: the section letter, a space, the name ({@code C 制造业}). */
	private static final Pattern LETTER_AND_NAME = Pattern.compile("([A-Za-z])\\s+\\S.*");

	private static final String EXAMPLE_USCC_BASE = "91330106MA2B3C4D5";

	/** The credit code of the template's example enterprise (the pairing template's example pairs it). */
	static final String EXAMPLE_USCC = EXAMPLE_USCC_BASE + Uscc.checkCharacter(EXAMPLE_USCC_BASE);

	private final EnterpriseService service;

	private final ReferenceData reference;

	private final Validator validator;

	private final MessageSource messages;

	EnterpriseRowImporter(EnterpriseService service, ReferenceData reference, Validator validator,
			MessageSource messages) {
		this.service = service;
		this.reference = reference;
		this.validator = validator;
		this.messages = messages;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.ENTERPRISE;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public String keyField() {
		return "uscc";
	}

	@Override
	public String normalizeKey(String raw) {
		return Uscc.normalize(raw);
	}

	@Override
	public EnterpriseDetails parse(ImportRow row) {
		EnterpriseForm form = new EnterpriseForm();
		form.setName(row.text("name"));
		form.setUscc(row.text("uscc"));
		form.setStreetCode(row.choice("streetCode",
				text -> reference.findStreet(text).map(Street::code).orElse(null), "enterprise.street.unknown"));
		form.setIndustryCode(row.choice("industryCode", this::industryCode, "enterprise.industry.unknown"));
		form.setSizeClass(row.choice("sizeClass", SizeClass::parse, "import.enterprise.size.unknown"));
		form.setRegisteredCapital(row.decimal("registeredCapital"));
		form.setFoundedOn(row.date("foundedOn"));
		form.setContactName(row.text("contactName"));
		form.setContactPhone(row.text("contactPhone"));
		String tags = row.text("tags");
		form.setTags(tags == null ? List.of() : List.of(tags));
		if (!row.validate(validator, form)) {
			return null;
		}
		return EnterpriseDetails.from(form);
	}

	@Override
	public Outcome write(EnterpriseDetails details, String actor) {
		return service.upsert(details, actor);
	}

	@Override
	public List<Object> example(Locale locale) {
		String street = reference.streets().get(0).code();
		List<String> tags = Arrays.asList(messages.getMessage("import.example.enterprise.tags", null, locale).split(","));
		EnterpriseRow example = new EnterpriseRow(0, EXAMPLE_USCC,
				messages.getMessage("import.example.enterprise.name", null, locale), street,
				reference.streetName(street, locale), "I", reference.industryName("I", locale), SizeClass.SMALL,
				new BigDecimal("5000000.00"), LocalDate.of(2018, 6, 1),
				messages.getMessage("import.example.enterprise.contactName", null, locale), "13812345678", tags, null, null,
				null, null, 0);
		return cells(example, locale);
	}

	/** An enterprise's cells in column order, as an export writes them. */
	List<Object> cells(EnterpriseRow row, Locale locale) {
		List<Object> cells = new ArrayList<>(COLUMNS.size());
		cells.add(row.name());
		cells.add(row.uscc());
		cells.add(reference.streetName(row.streetCode(), locale));
		cells.add(reference.industryName(row.industryCode(), locale));
		cells.add(reference.sizeName(row.sizeClass(), locale));
		cells.add(row.registeredCapital());
		cells.add(row.foundedOn());
		cells.add(row.contactName());
		cells.add(row.contactPhone());
		cells.add(String.join(messages.getMessage("import.listSeparator", null, locale), row.tags()));
		return cells;
	}

	/** The section letter for a letter, a Chinese or English name, or {@code C 制造业}; {@code null} if none. */
	private String industryCode(String text) {
		String value = text;
		Matcher matcher = LETTER_AND_NAME.matcher(text);
		if (matcher.matches() && reference.industry(matcher.group(1).toUpperCase(Locale.ROOT)).isPresent()) {
			value = matcher.group(1);
		}
		return reference.findIndustry(value).map(Industry::code).orElse(null);
	}

}
