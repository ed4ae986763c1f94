package org.zhuqi.evaluation.result;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.XlsxTable;

/**
 * The results pages: the service centre's results of a campaign (rankings, publish and unpublish, exports), a
 * department's own results with its comments and the rectification action, and a department user's list of its
 * published results.
 */
@Controller
class ResultsController {

	private final ResultPages pages;

	private final ResultsPublisher publisher;

	private final Rectifications rectifications;

	private final ResultWorkbook workbook;

	private final ResultReport report;

	private final ResultCharts charts;

	private final Clock clock;

	ResultsController(ResultPages pages, ResultsPublisher publisher, Rectifications rectifications,
			ResultWorkbook workbook, ResultReport report, ResultCharts charts, Clock clock) {
		this.pages = pages;
		this.charts = charts;
		this.publisher = publisher;
		this.rectifications = rectifications;
		this.workbook = workbook;
		this.report = report;
		this.clock = clock;
	}

	@GetMapping("/evaluations/{id}/results")
	String results(@PathVariable long id, Viewer viewer, Locale locale, Model model) {
		ResultSheet sheet = pages.sheet(id, viewer);
		model.addAttribute("sheet", sheet);
		model.addAttribute("rankingChart", charts.ranking(sheet, locale));
		model.addAttribute("zone", clock.getZone());
		return "evaluation/results";
	}

	@GetMapping("/evaluations/{id}/results/{departmentId}")
	String department(@PathVariable long id, @PathVariable long departmentId, Viewer viewer, Locale locale,
			Model model) {
		DepartmentSheet department = pages.department(id, departmentId, viewer);
		model.addAttribute("department", department);
		model.addAttribute("distributionCharts", charts.distributions(department, locale));
		return "evaluation/result-department";
	}

	@GetMapping("/evaluations/mine")
	String mine(Viewer viewer, Model model) {
		model.addAttribute("campaigns", pages.mine(viewer));
		model.addAttribute("departmentId", viewer.departmentId());
		model.addAttribute("zone", clock.getZone());
		return "evaluation/results-mine";
	}

	@PostMapping("/evaluations/{id}/results/publish")
	String publish(@PathVariable long id, @RequestParam(required = false) Integer version, Viewer viewer,
			RedirectAttributes redirect) {
		return act(() -> publisher.publish(id, version, viewer), "evaluation.results.publishedNow", redirect,
				"redirect:/evaluations/" + id + "/results");
	}

	@PostMapping("/evaluations/{id}/results/unpublish")
	String unpublish(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String reason, Viewer viewer, RedirectAttributes redirect) {
		return act(() -> publisher.unpublish(id, version, reason, viewer), "evaluation.results.unpublishedNow",
				redirect, "redirect:/evaluations/" + id + "/results");
	}

	@PostMapping("/evaluations/{id}/results/{departmentId}/rectifications")
	String rectify(@PathVariable long id, @PathVariable long departmentId, @RequestParam long ballot, Viewer viewer,
			RedirectAttributes redirect) {
		return act(() -> rectifications.request(id, departmentId, ballot, viewer), "evaluation.results.rectify.done",
				redirect, "redirect:/evaluations/" + id + "/results/" + departmentId);
	}

	@GetMapping("/evaluations/{id}/results.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, Viewer viewer, Locale locale) throws IOException {
		ResultSheet sheet = pages.sheet(id, viewer);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(sheet, pages.departments(id, viewer), locale, out);
		return download(out, MediaType.parseMediaType(XlsxTable.MEDIA_TYPE), sheet.title() + ".xlsx",
				"results-" + id + ".xlsx");
	}

	@GetMapping("/evaluations/{id}/results.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Viewer viewer, Locale locale) {
		ResultSheet sheet = pages.sheet(id, viewer);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		report.write(sheet, pages.departments(id, viewer), locale, clock.getZone(), out);
		return download(out, MediaType.APPLICATION_PDF, sheet.title() + ".pdf", "results-" + id + ".pdf");
	}

	private static ResponseEntity<byte[]> download(ByteArrayOutputStream out, MediaType type, String name,
			String ascii) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, XlsxTable.attachment(name, ascii))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(out.toByteArray());
	}

	private static String act(Runnable action, String done, RedirectAttributes redirect, String target) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (RefusedActionException ex) {
			redirect.addFlashAttribute("refusal", ex.code());
			redirect.addFlashAttribute("refusalArguments", ex.arguments());
		}
		catch (RejectedFieldException ex) {
			redirect.addFlashAttribute("refusal", ex.code());
			redirect.addFlashAttribute("refusalArguments", ex.arguments());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("refusal", "form.conflict");
		}
		return target;
	}

}
