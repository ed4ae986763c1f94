package org.zhuqi.demand.meeting;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.zhuqi.shared.Viewer;

/** The list of key problems (重点问题) with their meetings and open action items (htmx swaps the results). */
@Controller
class KeyProblemController {

	private final KeyProblemQueries queries;

	KeyProblemController(KeyProblemQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/key-problems")
	String list(KeyProblemFilter filter, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", queries.search(filter, viewer, pageable));
		model.addAttribute("filter", filter);
		model.addAttribute("canManage", MeetingAccess.canManage(viewer));
		model.addAttribute("staff", MeetingAccess.isStaff(viewer));
		return htmx != null ? "demand/meeting/key-problems :: results" : "demand/meeting/key-problems";
	}

}
