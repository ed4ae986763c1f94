package org.zhuqi.policy.rule;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.zhuqi.policy.catalogue.Figure;

/**
 * 政策体检's form of declared figures: one text per figure (by the figure's name), blank to leave it as it is.
 * {@link #parse} checks each: a non-negative number with at most two decimals (a whole number of people for
 * a count) of at most {@value DeclaredFigures#MAX_DIGITS} digits.
 */
public class FiguresForm {

	private Map<String, String> values = new LinkedHashMap<>();

	public Map<String, String> getValues() {
		return values;
	}

	public void setValues(Map<String, String> values) {
		this.values = values;
	}

	static FiguresForm of(Map<Figure, BigDecimal> declared) {
		FiguresForm form = new FiguresForm();
		for (Figure figure : Figure.values()) {
			BigDecimal value = declared.get(figure);
			form.values.put(figure.name(), value == null ? ""
					: (figure.isCount() ? value.stripTrailingZeros() : value).toPlainString());
		}
		return form;
	}

	/** The figures given, or the message code of the first problem of each figure in {@code problems}. */
	Map<Figure, BigDecimal> parse(Map<Figure, String> problems) {
		Map<Figure, BigDecimal> parsed = new EnumMap<>(Figure.class);
		for (Figure figure : Figure.values()) {
			String text = values.get(figure.name());
			if (text == null || text.isBlank()) {
				continue;
			}
			BigDecimal value;
			try {
				value = new BigDecimal(text.strip().replace(",", ""));
			}
			catch (NumberFormatException ex) {
				problems.put(figure, "policy.rule.figures.notANumber");
				continue;
			}
			if (value.signum() < 0) {
				problems.put(figure, "policy.rule.figures.negative");
			}
			else if (figure.isCount() && value.stripTrailingZeros().scale() > 0) {
				problems.put(figure, "policy.rule.figures.whole");
			}
			else if (value.stripTrailingZeros().scale() > 2) {
				problems.put(figure, "policy.rule.figures.fen");
			}
			else if (value.precision() - value.scale() > DeclaredFigures.MAX_DIGITS) {
				problems.put(figure, "policy.rule.figures.tooLarge");
			}
			else {
				parsed.put(figure, value);
			}
		}
		return parsed;
	}

}
