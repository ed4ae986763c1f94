package org.zhuqi.directory.reference;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The fixed lists the directory refers to: streets and towns, industry sections, size classes. Streets and
 * industries are loaded once from their tables (written by migrations only).
 */
@Component
public class ReferenceData {

	private final List<Street> streets;

	private final List<Industry> industries;

	private final Map<String, Street> streetsByCode;

	private final Map<String, Industry> industriesByCode;

	private final MessageSource messages;

	ReferenceData(JdbcClient jdbc, MessageSource messages) {
		this.messages = messages;
		this.streets = jdbc.sql("select code, name_zh, name_en, kind from street order by sort_order")
			.query((rs, row) -> new Street(rs.getString(1), rs.getString(2), rs.getString(3),
					"TOWN".equals(rs.getString(4))))
			.list();
		this.industries = jdbc.sql("select code, name_zh, name_en from industry order by code")
			.query((rs, row) -> new Industry(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
		this.streetsByCode = streets.stream().collect(Collectors.toMap(Street::code, Function.identity()));
		this.industriesByCode = industries.stream().collect(Collectors.toMap(Industry::code, Function.identity()));
	}

	public List<Street> streets() {
		return streets;
	}

	public List<Industry> industries() {
		return industries;
	}

	public Optional<Street> street(String code) {
		return Optional.ofNullable(code).map(streetsByCode::get);
	}

	public Optional<Industry> industry(String code) {
		return Optional.ofNullable(code).map(industriesByCode::get);
	}

	/** Finds a street by its code or its Chinese or English name, as an import file may give either. */
	public Optional<Street> findStreet(String codeOrName) {
		String value = codeOrName == null ? "" : codeOrName.strip();
		return streets.stream()
			.filter(s -> s.code().equalsIgnoreCase(value) || s.nameZh().equals(value)
					|| s.nameEn().equalsIgnoreCase(value))
			.findFirst();
	}

	/** Finds an industry section by its letter or its Chinese or English name. */
	public Optional<Industry> findIndustry(String codeOrName) {
		String value = codeOrName == null ? "" : codeOrName.strip();
		return industries.stream()
			.filter(i -> i.code().equalsIgnoreCase(value) || i.nameZh().equals(value)
					|| i.nameEn().equalsIgnoreCase(value))
			.findFirst();
	}

	public String streetName(String code, Locale locale) {
		return street(code).map(s -> s.name(locale)).orElse(code);
	}

	public String industryName(String code, Locale locale) {
		return industry(code).map(i -> i.name(locale)).orElse(code);
	}

	public String sizeName(SizeClass size, Locale locale) {
		return size == null ? "" : messages.getMessage("size." + size.name(), null, size.name(), locale);
	}

	public List<Option> streetOptions(Locale locale) {
		return streets.stream().map(s -> new Option(s.code(), s.name(locale))).toList();
	}

	public List<Option> industryOptions(Locale locale) {
		return industries.stream().map(i -> new Option(i.code(), i.code() + " " + i.name(locale))).toList();
	}

	public List<Option> sizeOptions(Locale locale) {
		return Stream.of(SizeClass.values()).map(s -> new Option(s.name(), sizeName(s, locale))).toList();
	}

}
