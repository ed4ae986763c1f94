package org.zhuqi.policy.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.zhuqi.policy.catalogue.Figure;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a rule as the JSON stored in {@code policy.rule}:
 *
 * <pre>
 * {all: [
 *   {attribute: STREET, operator: IN, values: [XIXI, GUDANG]},
 *   {any: [
 *     {attribute: TAGS, operator: HAS_ANY, values: [高新技术企业]},
 *     {attribute: FIGURE, figure: RD_SPEND, operator: GE, values: [500000]}]}]}
 * </pre>
 *
 * (every name and text value in double quotes, as JSON has it; numbers may be JSON numbers).
 *
 * A group is an object with one member {@code all} (AND) or {@code any} (OR); a condition names its
 * {@code attribute}, {@code operator}, {@code values} (text or numbers) and, for {@code FIGURE}, the
 * {@code figure}. Reading reports unknown names and shapes by their JSON path; {@link RuleValidator} checks
 * the values.
 */
public final class RuleJson {

	private final JsonMapper json;

	public RuleJson(JsonMapper json) {
		this.json = json;
	}

	/** The rule in the text, or {@code null} for a blank text or {@code null} (every enterprise qualifies). */
	public Rule read(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		JsonNode root;
		try {
			root = json.readTree(text);
		}
		catch (JacksonException ex) {
			throw new InvalidRuleException(List.of(RuleProblem.at("", "policy.rule.invalid.json",
					ex.getOriginalMessage() == null ? "" : ex.getOriginalMessage())));
		}
		if (root == null || root.isNull() || root.isMissingNode()) {
			return null;
		}
		List<RuleProblem> problems = new ArrayList<>();
		Rule rule = node(root, "", problems);
		if (!problems.isEmpty()) {
			throw new InvalidRuleException(problems);
		}
		return rule;
	}

	/** The rule as stored, or {@code null} for no rule. */
	public String write(Rule rule) {
		return rule == null ? null : json.writeValueAsString(tree(rule));
	}

	private JsonNode tree(Rule rule) {
		ObjectNode node = json.createObjectNode();
		if (rule instanceof RuleGroup group) {
			ArrayNode members = node.putArray(group.junction().name().toLowerCase(Locale.ROOT));
			group.members().forEach(member -> members.add(tree(member)));
			return node;
		}
		RuleCondition condition = (RuleCondition) rule;
		node.put("attribute", condition.attribute().name());
		if (condition.figure() != null) {
			node.put("figure", condition.figure().name());
		}
		node.put("operator", condition.operator().name());
		ArrayNode values = node.putArray("values");
		condition.values().forEach(values::add);
		return node;
	}

	private Rule node(JsonNode node, String path, List<RuleProblem> problems) {
		if (!node.isObject()) {
			problems.add(RuleProblem.at(path, "policy.rule.invalid.node"));
			return null;
		}
		for (RuleGroup.Junction junction : RuleGroup.Junction.values()) {
			String name = junction.name().toLowerCase(Locale.ROOT);
			if (node.has(name)) {
				if (node.size() != 1 || !node.get(name).isArray()) {
					problems.add(RuleProblem.at(path, "policy.rule.invalid.node"));
					return null;
				}
				List<Rule> members = new ArrayList<>();
				String prefix = (path.isEmpty() ? "" : path + ".") + name;
				int i = 0;
				for (JsonNode member : node.get(name).values()) {
					Rule rule = node(member, prefix + "[" + i++ + "]", problems);
					if (rule != null) {
						members.add(rule);
					}
				}
				return new RuleGroup(junction, members);
			}
		}
		return condition(node, path, problems);
	}

	private static RuleCondition condition(JsonNode node, String path, List<RuleProblem> problems) {
		for (String property : node.propertyNames()) {
			if (!List.of("attribute", "figure", "operator", "values").contains(property)) {
				problems.add(RuleProblem.at(path, "policy.rule.invalid.property", property));
			}
		}
		RuleAttribute attribute = named(RuleAttribute.class, node.get("attribute"), path,
				"policy.rule.invalid.attribute", problems);
		RuleOperator operator = named(RuleOperator.class, node.get("operator"), path, "policy.rule.invalid.unknownOperator",
				problems);
		Figure figure = node.has("figure")
				? named(Figure.class, node.get("figure"), path, "policy.rule.invalid.unknownFigure", problems) : null;
		List<String> values = new ArrayList<>();
		JsonNode given = node.get("values");
		if (given == null || !given.isArray()) {
			problems.add(RuleProblem.at(path, "policy.rule.invalid.noValues"));
		}
		else {
			for (JsonNode value : given.values()) {
				if (value.isString() || value.isNumber()) {
					values.add(value.isString() ? value.stringValue() : value.decimalValue().toPlainString());
				}
				else {
					problems.add(RuleProblem.at(path, "policy.rule.invalid.valueType", value.toString()));
				}
			}
		}
		if (attribute == null || operator == null) {
			return null;
		}
		return new RuleCondition(attribute, figure, operator, values);
	}

	private static <E extends Enum<E>> E named(Class<E> type, JsonNode node, String path, String code,
			List<RuleProblem> problems) {
		String name = node != null && node.isString() ? node.stringValue() : String.valueOf(node);
		try {
			return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(RuleProblem.at(path, code, name));
			return null;
		}
	}

}
