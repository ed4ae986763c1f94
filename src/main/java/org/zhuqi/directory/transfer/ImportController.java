package org.zhuqi.directory.transfer;

import java.io.IOException;
import java.util.Locale;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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
import org.springframework.web.multipart.MultipartFile;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.XlsxTable;

/**
 * The import pages of the service centre: upload form with template downloads and recent jobs; one job's
 * progress (polled by htmx every second while it runs) and then its counts and problem report.
 */
@Controller
class ImportController {

	private static final String LIST = "directory/imports";

	private final Imports imports;

	private final ImportTemplates templates;

	ImportController(Imports imports, ImportTemplates templates) {
		this.imports = imports;
		this.templates = templates;
	}

	@GetMapping("/imports")
	String list(@PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("jobs", imports.jobs(pageable, viewer));
		if (htmx != null) {
			return LIST + " :: jobs";
		}
		model.addAttribute("upload", new ImportUpload());
		addChoices(model);
		return LIST;
	}

	@PostMapping("/imports")
	String upload(@ModelAttribute("upload") ImportUpload upload, BindingResult result, Viewer viewer,
			@PageableDefault(size = 20) Pageable pageable, Model model, Locale locale) throws IOException {
		Imports.requireAdmin(viewer);
		MultipartFile file = upload.getFile();
		ImportKind kind = ImportKind.fromSlug(upload.getKind()).orElse(null);
		if (file == null || file.isEmpty()) {
			result.rejectValue("file", "import.file.empty");
		}
		else {
			try {
				long id = imports.start(kind, file.getOriginalFilename(), file.getBytes(), viewer, locale);
				return "redirect:/imports/" + id;
			}
			catch (RejectedFieldException ex) {
				result.rejectValue(ex.field(), ex.code(), ex.arguments(), ex.code());
			}
		}
		model.addAttribute("jobs", imports.jobs(pageable, viewer));
		addChoices(model);
		return LIST;
	}

	@GetMapping("/imports/{id}")
	String show(@PathVariable long id, @PageableDefault(size = 50) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ImportJob job = imports.job(id, viewer);
		model.addAttribute("job", job);
		if (!job.active()) {
			model.addAttribute("problems", imports.problems(id, pageable, viewer));
		}
		return htmx != null ? "directory/import :: job" : "directory/import";
	}

	@GetMapping("/imports/template/{kind}.xlsx")
	ResponseEntity<byte[]> xlsxTemplate(@PathVariable String kind, Viewer viewer, Locale locale) {
		RowImporter<?> importer = importer(kind, viewer);
		return download(templates.xlsx(importer, locale), XlsxTable.MEDIA_TYPE,
				templates.fileName(importer, FileFormat.XLSX, locale), templates.asciiFileName(importer, FileFormat.XLSX));
	}

	@GetMapping("/imports/template/{kind}.csv")
	ResponseEntity<byte[]> csvTemplate(@PathVariable String kind, Viewer viewer, Locale locale) {
		RowImporter<?> importer = importer(kind, viewer);
		return download(templates.csv(importer, locale), "text/csv;charset=UTF-8",
				templates.fileName(importer, FileFormat.CSV, locale), templates.asciiFileName(importer, FileFormat.CSV));
	}

	private RowImporter<?> importer(String kind, Viewer viewer) {
		Imports.requireAdmin(viewer);
		return ImportKind.fromSlug(kind)
			.flatMap(imports::importer)
			.orElseThrow(() -> new RecordNotFoundException("importTemplate", kind));
	}

	private static ResponseEntity<byte[]> download(byte[] body, String mediaType, String fileName, String ascii) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION, XlsxTable.attachment(fileName, ascii))
			.body(body);
	}

	private void addChoices(Model model) {
		model.addAttribute("kinds", imports.kinds());
		model.addAttribute("maxMegabytes", imports.maxFileSize().toMegabytes());
		model.addAttribute("maxBytes", imports.maxFileSize().toBytes());
	}

}
