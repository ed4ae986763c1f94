package org.zhuqi.policy.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule editor's form: the outermost group's junction and the rule's lines in reading order, each a group
 * or a condition at a nesting level (see {@link RuleLines}), plus the policy's version for optimistic locking.
 */
public class RuleForm {

	private String junction = RuleGroup.Junction.ALL.name();

	private List<Line> lines = new ArrayList<>();

	private int version;

	public String getJunction() {
		return junction;
	}

	public void setJunction(String junction) {
		this.junction = junction;
	}

	public List<Line> getLines() {
		return lines;
	}

	public void setLines(List<Line> lines) {
		this.lines = lines;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	/**
	 * One line of the editor: a group ({@code group} set, with its junction) or a condition: attribute (e.g.
	 * {@code STREET}, or {@code FIGURE.RD_SPEND} for a declared figure), operator, the chosen codes or tags
	 * ({@code chosen}), or a number or date ({@code value}, and {@code upper} for BETWEEN).
	 */
	public static class Line {

		private int level;

		private boolean group;

		private String junction = RuleGroup.Junction.ALL.name();

		private String attribute = RuleAttribute.STREET.name();

		private String operator = RuleOperator.IN.name();

		private List<String> chosen = new ArrayList<>();

		private String value;

		private String upper;

		static Line condition(int level) {
			Line line = new Line();
			line.setLevel(level);
			return line;
		}

		static Line group(int level, String junction) {
			Line line = new Line();
			line.setLevel(level);
			line.setGroup(true);
			line.setJunction(junction);
			return line;
		}

		public int getLevel() {
			return level;
		}

		public void setLevel(int level) {
			this.level = level;
		}

		public boolean isGroup() {
			return group;
		}

		public void setGroup(boolean group) {
			this.group = group;
		}

		public String getJunction() {
			return junction;
		}

		public void setJunction(String junction) {
			this.junction = junction;
		}

		public String getAttribute() {
			return attribute;
		}

		public void setAttribute(String attribute) {
			this.attribute = attribute;
		}

		public String getOperator() {
			return operator;
		}

		public void setOperator(String operator) {
			this.operator = operator;
		}

		public List<String> getChosen() {
			return chosen;
		}

		public void setChosen(List<String> chosen) {
			this.chosen = chosen == null ? new ArrayList<>() : chosen;
		}

		public String getValue() {
			return value;
		}

		public void setValue(String value) {
			this.value = value;
		}

		public String getUpper() {
			return upper;
		}

		public void setUpper(String upper) {
			this.upper = upper;
		}

		/** The attribute's kind (CHOICE, TAGS, NUMBER, DATE), for the editor to offer the right inputs. */
		public String getKind() {
			RuleAttribute parsed = RuleLines.attribute(attribute);
			return parsed == null ? RuleAttribute.Kind.CHOICE.name() : parsed.kind().name();
		}

	}

}
