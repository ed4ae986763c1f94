package org.zhuqi.policy.rule;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhuqi.policy.catalogue.PolicyRef;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.XlsxTable;

/**
 * A policy's matched enterprises ({@code /policies/{id}/matches}) for the centre and the issuing department:
 * searchable, paged (htmx swaps the results), exportable to {@code .xlsx}.
 */
@Controller
class MatchController {

	private final Matching matching;

	private final RuleWords words;

	private final Eligibility eligibility;

	private final MessageSource messages;

	MatchController(Matching matching, RuleWords words, Eligibility eligibility, MessageSource messages) {
		this.matching = matching;
		this.words = words;
		this.eligibility = eligibility;
		this.messages = messages;
	}

	@GetMapping("/policies/{id}/matches")
	String matches(@PathVariable long id, @RequestParam(required = false) String q,
			@PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		PolicyRef policy = matching.matchable(id, viewer);
		model.addAttribute("policy", policy);
		model.addAttribute("q", q);
		model.addAttribute("page", matching.matches(policy, q, pageable));
		model.addAttribute("labels", words.labels(locale));
		if (htmx != null) {
			return "policy/rule-matches :: results";
		}
		model.addAttribute("words", words.describe(eligibility.ruleOf(policy), locale));
		return "policy/rule-matches";
	}

	@GetMapping("/policies/{id}/matches.xlsx")
	void export(@PathVariable long id, @RequestParam(required = false) String q, Viewer viewer, Locale locale,
			HttpServletResponse response) throws IOException {
		PolicyRef policy = matching.matchable(id, viewer);
		List<EnterpriseProfile> matches = matching.matches(policy, q);
		RuleWords.Labels labels = words.labels(locale);
		List<String> headers = List.of("enterprise.name", "enterprise.uscc", "enterprise.street", "enterprise.industry",
				"enterprise.sizeClass", "enterprise.registeredCapital", "enterprise.foundedOn", "enterprise.tags")
			.stream()
			.map(key -> messages.getMessage(key, null, locale))
			.toList();
		try (XlsxTable table = new XlsxTable(messages.getMessage("policy.rule.matches.sheet", null, locale), headers)) {
			for (EnterpriseProfile p : matches) {
				table.add(p.name(), p.uscc(), labels.street(p.streetCode()), labels.industry(p.industryCode()),
						labels.size(p.sizeClass()), p.registeredCapital(), p.foundedOn(),
						String.join("、", p.tags().stream().sorted().toList()));
			}
			response.setContentType(XlsxTable.MEDIA_TYPE);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					XlsxTable.attachment(messages.getMessage("policy.rule.matches.file", new Object[] { policy.title() }, locale),
							"policy-" + id + "-matches.xlsx"));
			table.writeTo(response.getOutputStream());
		}
	}

}
