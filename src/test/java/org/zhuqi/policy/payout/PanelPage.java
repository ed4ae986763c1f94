package org.zhuqi.policy.payout;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhuqi.policy.catalogue.PolicyLookup;

/**
 * A test-only page that shows the payout panel of a policy the way the policy's detail page includes it, so the
 * panel is rendered before the detail page exists on this branch. Picked up by component scanning of the test
 * class path.
 */
@Controller
class PanelPage {

	private final PolicyLookup policies;

	PanelPage(PolicyLookup policies) {
		this.policies = policies;
	}

	@GetMapping("/test/payout-panel/{id}")
	String panel(@PathVariable long id, Model model) {
		model.addAttribute("policy", policies.find(id).orElseThrow());
		return "policy/payout-panel :: panel(policy=${policy})";
	}

}
