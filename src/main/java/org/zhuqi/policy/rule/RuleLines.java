package org.zhuqi.policy.rule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.zhuqi.policy.catalogue.Figure;

/**
 * Converts between a rule tree and the editor's flat lines: a line at level {@code n} belongs to the nearest
 * group line above it at level {@code n - 1}, or to the outermost group at level 0. Also the editor's actions
 * (add a condition or group, add a condition to a group, remove a line with what it holds).
 */
final class RuleLines {

	/** The prefix of a figure's attribute value in the editor, e.g. {@code FIGURE.RD_SPEND}. */
	static final String FIGURE_PREFIX = RuleAttribute.FIGURE.name() + ".";

	private RuleLines() {
	}

	/** The rule of the form with the line index of each node, or problems located at the lines' fields. */
	record Converted(Rule rule, Map<Rule, Integer> lineOf, List<RuleProblem> problems) {

		/** The form field of a problem's node, e.g. {@code lines[2].value}, or the whole form. */
		String field(Rule node, String fieldOfLine) {
			Integer line = lineOf.get(node);
			return line == null ? "" : "lines[" + line + "]." + fieldOfLine;
		}

	}

	/** The form's lines as a rule; no lines is no rule (every enterprise qualifies). */
	static Converted toRule(RuleForm form) {
		Map<Rule, Integer> lineOf = new IdentityHashMap<>();
		List<RuleProblem> problems = new ArrayList<>();
		List<RuleForm.Line> lines = form.getLines();
		if (lines.isEmpty()) {
			return new Converted(null, lineOf, problems);
		}
		// a stack of open groups: their level and members
		Deque<Open> open = new ArrayDeque<>();
		Open root = new Open(-1, junction(form.getJunction()), -1);
		open.push(root);
		for (int i = 0; i < lines.size(); i++) {
			RuleForm.Line line = lines.get(i);
			while (open.peek().level >= line.getLevel()) {
				open.pop();
			}
			if (open.peek().level != line.getLevel() - 1) {
				problems.add(RuleProblem.at("lines[" + i + "].level", "policy.rule.invalid.level"));
				continue;
			}
			if (line.isGroup()) {
				Open group = new Open(line.getLevel(), junction(line.getJunction()), i);
				open.peek().members.add(group);
				open.push(group);
			}
			else {
				RuleCondition condition = condition(line, i, problems);
				if (condition != null) {
					open.peek().members.add(condition);
					lineOf.put(condition, i);
				}
			}
		}
		Rule rule = root.build(lineOf);
		return new Converted(rule, lineOf, problems);
	}

	/** The rule as the form's lines (a lone condition becomes the only line of an ALL group). */
	static RuleForm toForm(Rule rule, int version) {
		RuleForm form = new RuleForm();
		form.setVersion(version);
		if (rule == null) {
			return form;
		}
		RuleGroup root = rule instanceof RuleGroup group ? group : RuleGroup.all(rule);
		form.setJunction(root.junction().name());
		root.members().forEach(member -> flatten(member, 0, form.getLines()));
		return form;
	}

	/** Applies an editor action: {@code add}, {@code addGroup}, {@code addTo-N} or {@code remove-N}. */
	static void apply(RuleForm form, String action) {
		List<RuleForm.Line> lines = form.getLines();
		lines.forEach(RuleLines::fitOperator);
		if ("add".equals(action)) {
			lines.add(RuleForm.Line.condition(0));
		}
		else if ("addGroup".equals(action)) {
			lines.add(RuleForm.Line.group(0, RuleGroup.Junction.ANY.name()));
			lines.add(RuleForm.Line.condition(1));
		}
		else if (action.startsWith("addTo-")) {
			int at = index(action, lines);
			if (at >= 0 && lines.get(at).isGroup()) {
				lines.add(end(lines, at), RuleForm.Line.condition(lines.get(at).getLevel() + 1));
			}
		}
		else if (action.startsWith("remove-")) {
			int at = index(action, lines);
			if (at >= 0) {
				lines.subList(at, end(lines, at)).clear();
			}
		}
	}

	/** A condition whose attribute changed gets the first operator of the new attribute's kind. */
	private static void fitOperator(RuleForm.Line line) {
		RuleAttribute attribute = attribute(line.getAttribute());
		if (line.isGroup() || attribute == null) {
			return;
		}
		boolean fits = Arrays.stream(RuleOperator.values())
			.anyMatch(o -> o.name().equals(line.getOperator()) && attribute.accepts(o));
		if (!fits) {
			line.setOperator(attribute.kind().operators().iterator().next().name());
		}
	}

	/** The attribute of an editor value such as {@code STREET} or {@code FIGURE.RD_SPEND}, or {@code null}. */
	static RuleAttribute attribute(String value) {
		if (value == null) {
			return null;
		}
		String name = value.startsWith(FIGURE_PREFIX) ? RuleAttribute.FIGURE.name() : value;
		return Arrays.stream(RuleAttribute.values()).filter(a -> a.name().equals(name)).findFirst().orElse(null);
	}

	/** The index after the line and everything nested in it. */
	private static int end(List<RuleForm.Line> lines, int at) {
		int level = lines.get(at).getLevel();
		int end = at + 1;
		while (end < lines.size() && lines.get(end).getLevel() > level) {
			end++;
		}
		return end;
	}

	private static int index(String action, List<RuleForm.Line> lines) {
		try {
			int at = Integer.parseInt(action.substring(action.indexOf('-') + 1));
			return at >= 0 && at < lines.size() ? at : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static void flatten(Rule rule, int level, List<RuleForm.Line> lines) {
		if (rule instanceof RuleGroup group) {
			lines.add(RuleForm.Line.group(level, group.junction().name()));
			group.members().forEach(member -> flatten(member, level + 1, lines));
			return;
		}
		RuleCondition condition = (RuleCondition) rule;
		RuleForm.Line line = RuleForm.Line.condition(level);
		line.setAttribute(condition.attribute() == RuleAttribute.FIGURE && condition.figure() != null
				? FIGURE_PREFIX + condition.figure().name() : condition.attribute().name());
		line.setOperator(condition.operator().name());
		RuleAttribute.Kind kind = condition.attribute().kind();
		if (kind == RuleAttribute.Kind.CHOICE || kind == RuleAttribute.Kind.TAGS) {
			line.setChosen(new ArrayList<>(condition.values()));
		}
		else {
			line.setValue(condition.values().isEmpty() ? null : condition.values().get(0));
			line.setUpper(condition.values().size() > 1 ? condition.values().get(1) : null);
		}
		lines.add(line);
	}

	private static RuleCondition condition(RuleForm.Line line, int i, List<RuleProblem> problems) {
		RuleAttribute attribute = attribute(line.getAttribute());
		if (attribute == null) {
			problems.add(RuleProblem.at("lines[" + i + "].attribute", "policy.rule.invalid.attribute",
					String.valueOf(line.getAttribute())));
			return null;
		}
		Figure figure = null;
		if (attribute == RuleAttribute.FIGURE) {
			String name = line.getAttribute().substring(FIGURE_PREFIX.length());
			figure = Arrays.stream(Figure.values()).filter(f -> f.name().equals(name)).findFirst().orElse(null);
			if (figure == null) {
				problems.add(RuleProblem.at("lines[" + i + "].attribute", "policy.rule.invalid.unknownFigure", name));
				return null;
			}
		}
		RuleOperator operator = Arrays.stream(RuleOperator.values())
			.filter(o -> o.name().equals(String.valueOf(line.getOperator()).toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElse(null);
		if (operator == null) {
			problems.add(RuleProblem.at("lines[" + i + "].operator", "policy.rule.invalid.unknownOperator",
					String.valueOf(line.getOperator())));
			return null;
		}
		List<String> values = new ArrayList<>();
		if (attribute.kind() == RuleAttribute.Kind.CHOICE || attribute.kind() == RuleAttribute.Kind.TAGS) {
			line.getChosen().stream().filter(v -> v != null && !v.isBlank()).forEach(values::add);
		}
		else {
			values.add(line.getValue() == null ? "" : line.getValue().strip().replace(",", ""));
			if (operator == RuleOperator.BETWEEN) {
				values.add(line.getUpper() == null ? "" : line.getUpper().strip().replace(",", ""));
			}
		}
		return new RuleCondition(attribute, figure, operator, values);
	}

	private static RuleGroup.Junction junction(String value) {
		return RuleGroup.Junction.ANY.name().equals(value) ? RuleGroup.Junction.ANY : RuleGroup.Junction.ALL;
	}

	/** A group being assembled. */
	private static final class Open {

		private final int level;

		private final RuleGroup.Junction junction;

		private final int line;

		private final List<Object> members = new ArrayList<>();

		Open(int level, RuleGroup.Junction junction, int line) {
			this.level = level;
			this.junction = junction;
			this.line = line;
		}

		RuleGroup build(Map<Rule, Integer> lineOf) {
			List<Rule> built = new ArrayList<>();
			for (Object member : members) {
				built.add(member instanceof Open group ? group.build(lineOf) : (Rule) member);
			}
			RuleGroup group = new RuleGroup(junction, built);
			if (line >= 0) {
				lineOf.put(group, line);
			}
			return group;
		}

	}

}
