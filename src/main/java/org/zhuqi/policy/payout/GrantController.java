package org.zhuqi.policy.payout;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.zhuqi.shared.Viewer;

/**
 * {@code /policy-grants}: the grants (兑现资格) the viewer may see with their state in words: an enterprise its
 * own, a department those of its policies, a cadre those of its paired enterprises, the service centre all.
 */
@Controller
class GrantController {

	private final PayoutQueries queries;

	GrantController(PayoutQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/policy-grants")
	String list(GrantFilter filter, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", queries.grants(filter, viewer, pageable));
		model.addAttribute("filter", filter);
		return htmx != null ? "policy/payout-grants :: results" : "policy/payout-grants";
	}

}
