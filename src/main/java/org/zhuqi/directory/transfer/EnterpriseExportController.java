package org.zhuqi.directory.transfer;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhuqi.directory.enterprise.EnterpriseFilter;
import org.zhuqi.directory.enterprise.EnterpriseQueries;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.XlsxTable;

/**
 * {@code /enterprises/export}: every enterprise matching the list's filters within the viewer's scope, as an
 * {@code .xlsx} with the import template's columns, so an export can be edited and imported back.
 */
@Controller
class EnterpriseExportController {

	private final EnterpriseQueries queries;

	private final EnterpriseRowImporter columns;

	private final ColumnLabels labels;

	private final MessageSource messages;

	private final Clock clock;

	EnterpriseExportController(EnterpriseQueries queries, EnterpriseRowImporter columns, ColumnLabels labels,
			MessageSource messages, Clock clock) {
		this.queries = queries;
		this.columns = columns;
		this.labels = labels;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/enterprises/export")
	void export(EnterpriseFilter filter, Viewer viewer, Locale locale, HttpServletResponse response)
			throws IOException {
		String title = messages.getMessage("export.enterprises.title", null, locale);
		String date = LocalDate.now(clock).toString();
		try (XlsxTable table = new XlsxTable(title, labels.labels(columns, locale))) {
			queries.forEach(filter, viewer, locale, row -> table.add(columns.cells(row, locale)));
			response.setContentType(XlsxTable.MEDIA_TYPE);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					XlsxTable.attachment(title + "-" + date + ".xlsx", "enterprises-" + date + ".xlsx"));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			table.writeTo(response.getOutputStream());
		}
	}

}
