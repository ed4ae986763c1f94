package org.zhuqi.directory.transfer;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuqi.audit.AuditLog;

/**
 * Runs one import job on a worker thread: reads the file twice (once to find the header row and count the
 * rows, once to import them), and leaves the job {@code DONE} or {@code FAILED} whatever happens. The work
 * on the rows is {@link ImportRun}'s.
 */
@Component
class ImportPipeline {

	static final String AUDIT_TYPE = "import";

	private static final Logger log = LoggerFactory.getLogger(ImportPipeline.class);

	/** How many of the first non-blank rows may precede the header row (a title, a note). */
	private static final int HEADER_SEARCH_ROWS = 10;

	private final ImportJobs jobs;

	private final ColumnLabels labels;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	private final ImportWorkers workers;

	ImportPipeline(ImportJobs jobs, ColumnLabels labels, MessageSource messages, TransactionTemplate transactions,
			AuditLog audit, ImportWorkers workers) {
		this.jobs = jobs;
		this.labels = labels;
		this.messages = messages;
		this.transactions = transactions;
		this.audit = audit;
		this.workers = workers;
	}

	/** What a worker needs to run a job; the file's bytes live only as long as this task. */
	record Task(long jobId, RowImporter<?> importer, FileFormat format, byte[] content, String actor, Locale locale) {
	}

	void run(Task task) {
		MessageSourceAccessor text = new MessageSourceAccessor(messages, task.locale());
		String separator = text.getMessage("import.listSeparator");
		LocaleContextHolder.setLocale(task.locale());
		long started = System.nanoTime();
		try (TableReader reader = task.format().reader(task.content())) {
			jobs.markRunning(task.jobId());
			HeaderScan scan = new HeaderScan(task.importer());
			reader.read(scan);
			if (scan.layout == null) {
				fail(task, text.getMessage("import.failed.noHeader"));
				return;
			}
			if (!scan.layout.missing().isEmpty()) {
				fail(task, text.getMessage("import.failed.missingColumns", new Object[] {
						String.join(separator, labels.labelsOf(task.importer(), scan.layout.missing(), task.locale())) }));
				return;
			}
			if (!scan.layout.duplicated().isEmpty()) {
				fail(task, text.getMessage("import.failed.duplicateColumns",
						new Object[] { String.join(separator, scan.layout.duplicated()) }));
				return;
			}
			jobs.setTotal(task.jobId(), scan.dataRows);
			ImportRun<?> run = new ImportRun<>(task.jobId(), task.importer(), scan.layout, scan.dataRows, task.actor(),
					text, jobs, transactions, workers.writers());
			reader.read((number, cells) -> {
				if (number > scan.headerRow && !blank(cells)) {
					run.row(number, cells);
				}
			});
			run.complete();
			String note = scan.layout.unknown().isEmpty() ? null
					: text.getMessage("import.note.ignoredColumns", new Object[] { String.join(separator, scan.layout.unknown()) });
			if (scan.dataRows == 0) {
				note = text.getMessage("import.note.noRows");
			}
			if (run.truncated()) {
				note = (note == null ? "" : note + " ") + text.getMessage("import.note.truncated",
						new Object[] { ImportRun.MAX_PROBLEMS });
			}
			finish(task, ImportStatus.DONE, note, run.summary());
			log.info("Import job {} ({}, {} rows) done in {} ms: {}", task.jobId(), task.importer().kind(),
					scan.dataRows, (System.nanoTime() - started) / 1_000_000, run.summary());
		}
		catch (UnreadableFileException ex) {
			log.info("Import job {} could not read its file: {}", task.jobId(), ex.toString());
			fail(task, text.getMessage("import.failed.unreadable"));
		}
		catch (ImportRun.Interrupted ex) {
			fail(task, text.getMessage("import.failed.interrupted"));
		}
		catch (RuntimeException ex) {
			// a background job must never stay RUNNING: record the failure, keep the cause in the log
			log.error("Import job {} failed", task.jobId(), ex);
			fail(task, text.getMessage("import.failed.unexpected"));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	/** Ends a job as failed, with the reason shown on its page. */
	void fail(Task task, String message) {
		finish(task, ImportStatus.FAILED, message, message);
	}

	private void finish(Task task, ImportStatus status, String message, String detail) {
		transactions.executeWithoutResult(tx -> {
			jobs.finish(task.jobId(), status, message);
			audit.record(task.actor(), AUDIT_TYPE, task.jobId(), status == ImportStatus.DONE ? "imported" : "failed",
					task.importer().kind() + " " + detail);
		});
	}

	private static boolean blank(List<String> cells) {
		return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
	}

	/** The first pass: finds the header row among the first non-blank rows and counts the data rows after it. */
	private final class HeaderScan implements TableReader.RowVisitor {

		private final RowImporter<?> importer;

		private ColumnLayout layout;

		private int headerRow;

		private int candidates;

		private int dataRows;

		HeaderScan(RowImporter<?> importer) {
			this.importer = importer;
		}

		@Override
		public void row(int number, List<String> cells) {
			if (blank(cells)) {
				return;
			}
			if (layout != null) {
				dataRows++;
			}
			else if (candidates++ < HEADER_SEARCH_ROWS) {
				ColumnLayout candidate = ColumnLayout.match(cells, importer.columns(),
						column -> labels.names(importer.kind(), column));
				// a title row above the table may happen to name one column; a header names at least two
				if (candidate.recognised() >= Math.min(2, importer.columns().size())) {
					layout = candidate;
					headerRow = number;
				}
			}
		}

	}

}
