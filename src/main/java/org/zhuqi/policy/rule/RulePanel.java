package org.zhuqi.policy.rule;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.zhuqi.policy.catalogue.PolicyRef;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * What the rule part of a policy's detail page shows ({@code policy/rule-panel.html}, called as
 * {@code @policyRulePanel.view(policy, viewer, #locale)}): the rule in words for everyone; for staff, which
 * of the rule pages they may open; for an enterprise, whether it qualifies.
 */
@Component("policyRulePanel")
public class RulePanel {

	private final Eligibility eligibility;

	private final RuleWords words;

	RulePanel(Eligibility eligibility, RuleWords words) {
		this.eligibility = eligibility;
		this.words = words;
	}

	/**
	 * The panel's content.
	 *
	 * @param readable whether the stored rule could be read (else it is shown as invalid)
	 * @param matched for an enterprise viewer whether it qualifies, else {@code null}
	 */
	public record View(List<RuleWords.Line> words, boolean readable, boolean canEdit, boolean canSeeMatches,
			boolean canConfirm, Boolean matched) {
	}

	public View view(PolicyRef policy, Viewer viewer, Locale locale) {
		List<RuleWords.Line> lines;
		boolean readable = true;
		try {
			lines = words.describe(eligibility.ruleOf(policy), locale);
		}
		catch (InvalidRuleException ex) {
			lines = List.of();
			readable = false;
		}
		boolean admin = viewer != null && viewer.isAdmin();
		boolean ownDepartment = viewer != null && viewer.is(Role.DEPARTMENT) && viewer.departmentId() != null
				&& viewer.departmentId() == policy.departmentId();
		Boolean matched = null;
		if (readable && viewer != null && viewer.is(Role.ENTERPRISE) && viewer.enterpriseId() != null) {
			matched = eligibility.check(policy, viewer.enterpriseId()).matched();
		}
		return new View(lines, readable, admin, admin || ownDepartment, admin && policy.noApplication(), matched);
	}

}
