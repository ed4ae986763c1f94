package org.zhuqi.policy.payout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

/**
 * The service centre's payout pages: the ledger (兑现台账) with search, filters, paging and totals; payout
 * batches with the bank file's download and the bank result's upload; an import's report; the reversal form.
 */
@Controller
class PayoutController {

	/** The largest result file taken; bank result files of a district are a few hundred kilobytes. */
	static final long MAX_RESULT_FILE = 2L * 1024 * 1024;

	private final PayoutQueries queries;

	private final PayoutBatches batches;

	private final ResultImports imports;

	private final PayoutLedger ledger;

	private final AuditLog audit;

	private final MessageSource messages;

	PayoutController(PayoutQueries queries, PayoutBatches batches, ResultImports imports, PayoutLedger ledger,
			AuditLog audit, MessageSource messages) {
		this.queries = queries;
		this.batches = batches;
		this.imports = imports;
		this.ledger = ledger;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/payouts")
	String ledger(PayoutFilter filter, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", queries.ledger(filter, pageable, viewer));
		model.addAttribute("totals", queries.totals(filter, viewer));
		model.addAttribute("filter", filter);
		if (htmx != null) {
			return "policy/payout-ledger :: results";
		}
		model.addAttribute("policies", queries.policiesWithGrants());
		model.addAttribute("statuses", PayoutStatus.values());
		model.addAttribute("kinds", PayoutKind.values());
		return "policy/payout-ledger";
	}

	@GetMapping("/payouts/batches")
	String batches(@PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", batches.list(viewer, pageable));
		if (htmx != null) {
			return "policy/payout-batches :: results";
		}
		model.addAttribute("policies", queries.policiesWithGrants());
		return "policy/payout-batches";
	}

	@PostMapping("/payouts/batches")
	String create(@RequestParam(required = false) Long policy, @RequestParam(defaultValue = "false") boolean retry,
			Viewer viewer, Locale locale, RedirectAttributes redirect) {
		long[] made = new long[1];
		Optional<String> refusal = FormSubmission
			.refusal(() -> made[0] = retry ? batches.retryFailed(policy, viewer) : batches.create(policy, viewer))
			.map(message -> messages.getMessage(message, locale));
		if (refusal.isPresent()) {
			redirect.addFlashAttribute("error", refusal.get());
			return "redirect:/payouts/batches";
		}
		redirect.addFlashAttribute("message", "policy.payout.batch.created");
		return "redirect:/payouts/batches/" + made[0];
	}

	@GetMapping("/payouts/batches/{id}")
	String batch(@PathVariable long id, @PageableDefault(size = 50) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("batch", batches.find(id, viewer)
			.orElseThrow(() -> new RecordNotFoundException(PayoutBatches.AUDIT_SUBJECT, id)));
		PayoutFilter filter = new PayoutFilter(null, null, null, null, id);
		model.addAttribute("page", queries.ledger(filter, pageable, viewer));
		if (htmx != null) {
			return "policy/payout-batch :: results";
		}
		model.addAttribute("imports", imports.ofBatch(id, viewer));
		model.addAttribute("history", audit.history(PayoutBatches.AUDIT_SUBJECT, id, 20));
		model.addAttribute("maxFileKb", MAX_RESULT_FILE / 1024);
		return "policy/payout-batch";
	}

	@GetMapping("/payouts/batches/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable long id, Viewer viewer) {
		BankFile file = batches.file(id, viewer);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

	@PostMapping("/payouts/batches/{id}/results")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Viewer viewer, Locale locale, RedirectAttributes redirect) throws IOException {
		batches.find(id, viewer).orElseThrow(() -> new RecordNotFoundException(PayoutBatches.AUDIT_SUBJECT, id));
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", messages.getMessage("policy.payout.import.empty", null, locale));
			return "redirect:/payouts/batches/" + id;
		}
		if (file.getSize() > MAX_RESULT_FILE) {
			redirect.addFlashAttribute("error", messages.getMessage("policy.payout.import.tooLarge",
					new Object[] { MAX_RESULT_FILE / 1024 }, locale));
			return "redirect:/payouts/batches/" + id;
		}
		ImportReport report = imports.importResults(id, file.getOriginalFilename(), file.getBytes(), viewer);
		redirect.addFlashAttribute("message", "policy.payout.import.done");
		return "redirect:/payouts/imports/" + report.id();
	}

	@GetMapping("/payouts/imports/{id}")
	String report(@PathVariable long id, Viewer viewer, Model model) {
		model.addAttribute("report", imports.report(id, viewer)
			.orElseThrow(() -> new RecordNotFoundException(ResultImports.AUDIT_SUBJECT, id)));
		return "policy/payout-import";
	}

	@GetMapping("/payouts/{id}/reversal")
	String reversalForm(@PathVariable long id, Viewer viewer, Model model) {
		addEntry(id, viewer, model);
		model.addAttribute("reversal", new ReversalForm());
		return "policy/payout-reversal";
	}

	@PostMapping("/payouts/{id}/reversal")
	String reverse(@PathVariable long id, @Valid @ModelAttribute("reversal") ReversalForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		if (FormSubmission.attempt(result, () -> ledger.reverse(id, form.getReason(), viewer)).isPresent()) {
			redirect.addFlashAttribute("message", "policy.payout.reversal.done");
			return "redirect:/payouts?q=" + PayoutRules.reversalKey(id);
		}
		addEntry(id, viewer, model);
		return "policy/payout-reversal";
	}

	private void addEntry(long id, Viewer viewer, Model model) {
		PayoutBatches.requireAdmin(viewer);
		Payout payout = ledger.find(id).orElseThrow(() -> new RecordNotFoundException(PayoutLedger.AUDIT_SUBJECT, id));
		model.addAttribute("payout", payout);
		model.addAttribute("history", audit.history(PayoutLedger.AUDIT_SUBJECT, id, 20));
	}

}
