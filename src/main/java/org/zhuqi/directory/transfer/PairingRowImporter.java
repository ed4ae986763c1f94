package org.zhuqi.directory.transfer;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;

import org.springframework.stereotype.Component;
import org.zhuqi.directory.pairing.PairingService;
import org.zhuqi.directory.reference.Outcome;
import org.zhuqi.directory.reference.PhoneNumbers;
import org.zhuqi.directory.reference.Uscc;
import org.zhuqi.directory.reference.ValidPhone;
import org.zhuqi.directory.reference.ValidUscc;

/**
 * Pairing (结对) rows: 统一社会信用代码 of the enterprise and 联企干部手机号 of its one primary cadre. Written
 * with {@link PairingService#pairByKeys}: a first pairing, a reassignment (the pairing history keeps the old
 * cadre) or nothing when the enterprise has that cadre already. An enterprise may appear once per file.
 * <p>
 * The template's example row pairs the enterprise of the enterprise template's example row with the cadre of
 * the cadre template's example row, so it imports cleanly once those two examples are imported.
 */
@Component
class PairingRowImporter implements RowImporter<PairingRowImporter.Keys> {

	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("uscc"),
			ImportColumn.required("cadrePhone"));

	private final PairingService service;

	private final Validator validator;

	PairingRowImporter(PairingService service, Validator validator) {
		this.service = service;
		this.validator = validator;
	}

	/** One row's keys: a valid credit code and a valid phone, normalised once they pass. */
	record Keys(@NotBlank @ValidUscc String uscc, @NotBlank @ValidPhone String cadrePhone) {
	}

	@Override
	public ImportKind kind() {
		return ImportKind.PAIRING;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	/** One cadre per enterprise: the enterprise's credit code identifies a row. */
	@Override
	public String keyField() {
		return "uscc";
	}

	@Override
	public String normalizeKey(String raw) {
		return Uscc.normalize(raw);
	}

	@Override
	public Keys parse(ImportRow row) {
		Keys keys = new Keys(row.text("uscc"), row.text("cadrePhone"));
		if (!row.validate(validator, keys)) {
			return null;
		}
		return new Keys(Uscc.normalize(keys.uscc()), PhoneNumbers.canonical(keys.cadrePhone()).orElseThrow());
	}

	@Override
	public Outcome write(Keys keys, String actor) {
		return service.pairByKeys(keys.uscc(), keys.cadrePhone(), actor);
	}

	@Override
	public List<Object> example(Locale locale) {
		return List.of(EnterpriseRowImporter.EXAMPLE_USCC, CadreRowImporter.EXAMPLE_PHONE);
	}

}
