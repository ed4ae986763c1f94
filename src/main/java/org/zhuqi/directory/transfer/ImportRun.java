package org.zhuqi.directory.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuqi.directory.reference.Outcome;
import org.zhuqi.shared.RejectedFieldException;

/**
 * The rows of one import job: each is checked for a repeated key, parsed and validated by the kind's
 * {@link RowImporter} on the job's thread, and good rows are written in small batches, one transaction each,
 * on the writer threads while reading goes on. A batch that fails is rolled back and its rows written one by
 * one, so a bad row is reported and never takes good rows down, and no row is ever half-written. Batches
 * never share a key (repeats are refused before), so they cannot conflict. Counters and problems are saved
 * about every percent (and at least every second), so the job page can show progress.
 *
 * @param <T> what the kind's rows become
 */
final class ImportRun<T> {

	/** Problems kept per job; more rows are still counted as failed, but not listed. */
	static final int MAX_PROBLEMS = 10_000;

	static final int BATCH_SIZE = 100;

	private static final long FLUSH_NANOS = 1_000_000_000L;

	private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

	private final long jobId;

	private final RowImporter<T> importer;

	private final ColumnLayout layout;

	private final String actor;

	private final MessageSourceAccessor text;

	private final ImportJobs jobs;

	private final TransactionTemplate transactions;

	private final Executor writers;

	private final int flushEvery;

	/** Batches handed to the writers and not yet known to be finished. */
	private final List<CompletableFuture<Void>> pending = new ArrayList<>();

	/** Keys seen so far and the row that had each first. */
	private final Map<String, Integer> keys = new HashMap<>();

	private final List<Parsed<T>> batch = new ArrayList<>(BATCH_SIZE);

	private final List<RowProblem> problems = new ArrayList<>();

	private int processed;

	private int created;

	private int updated;

	private int unchanged;

	private int failed;

	private int storedProblems;

	private boolean truncated;

	private int flushedAt;

	private long flushedNanos = System.nanoTime();

	ImportRun(long jobId, RowImporter<T> importer, ColumnLayout layout, int totalRows, String actor,
			MessageSourceAccessor text, ImportJobs jobs, TransactionTemplate transactions, Executor writers) {
		this.jobId = jobId;
		this.importer = importer;
		this.layout = layout;
		this.actor = actor;
		this.text = text;
		this.jobs = jobs;
		this.transactions = transactions;
		this.writers = writers;
		this.flushEvery = Math.max(BATCH_SIZE, totalRows / 100);
	}

	/** A good row waiting in the batch. */
	private record Parsed<T>(int number, T value) {
	}

	/** The worker was interrupted, e.g. by a shutdown; the job must fail. */
	static final class Interrupted extends RuntimeException {

		Interrupted() {
			super("import interrupted");
		}

	}

	void row(int number, List<String> cells) {
		if (Thread.currentThread().isInterrupted()) {
			throw new Interrupted();
		}
		ImportRow row = new ImportRow(number, layout.cells(cells), this::column, text);
		if (!repeated(row)) {
			T value = importer.parse(row);
			if (row.valid() && value != null) {
				batch.add(new Parsed<>(number, value));
				if (batch.size() >= BATCH_SIZE) {
					submitBatch();
				}
				return;
			}
		}
		reject(row.problems());
	}

	/** Writes what is left, waits for the writers and saves the final counters. */
	void complete() {
		submitBatch();
		try {
			CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Interrupted();
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(ex.getCause());
		}
		flush();
	}

	synchronized boolean truncated() {
		return truncated;
	}

	synchronized String summary() {
		return "created " + created + ", updated " + updated + ", unchanged " + unchanged + ", failed " + failed;
	}

	private boolean repeated(ImportRow row) {
		String raw = row.text(importer.keyField());
		if (raw == null) {
			return false;
		}
		Integer first = keys.putIfAbsent(importer.normalizeKey(raw), row.number());
		if (first != null) {
			row.reject(importer.keyField(), "import.row.repeated." + importer.kind().slug(), first);
			return true;
		}
		return false;
	}

	/** Hands the batch to a writer thread (or writes it here when none is free). */
	private void submitBatch() {
		if (batch.isEmpty()) {
			return;
		}
		List<Parsed<T>> rows = List.copyOf(batch);
		batch.clear();
		pending.removeIf(future -> {
			if (future.isCompletedExceptionally()) {
				future.join(); // rethrows what stopped a writer
			}
			return future.isDone();
		});
		pending.add(CompletableFuture.runAsync(() -> write(rows), writers));
	}

	private void write(List<Parsed<T>> rows) {
		List<Outcome> outcomes = null;
		try {
			outcomes = transactions
				.execute(tx -> rows.stream().map(parsed -> importer.write(parsed.value(), actor)).toList());
		}
		catch (RejectedFieldException | DataAccessException ex) {
			// one bad row rolled the batch back: find it by writing the rows one at a time
			for (Parsed<T> parsed : rows) {
				writeOne(parsed);
			}
		}
		if (outcomes != null) {
			synchronized (this) {
				outcomes.forEach(this::count);
				maybeFlush();
			}
		}
	}

	private void writeOne(Parsed<T> parsed) {
		try {
			count(transactions.execute(tx -> importer.write(parsed.value(), actor)));
		}
		catch (RejectedFieldException ex) {
			reject(List.of(new RowProblem(parsed.number(), column(ex.field()),
					text.getMessage(ex.code(), ex.arguments(), ex.code()))));
		}
		catch (DataAccessException ex) {
			log.warn("Import job {} could not write row {}: {}", jobId, parsed.number(), ex.getMostSpecificCause().toString());
			reject(List.of(new RowProblem(parsed.number(), null, text.getMessage("import.row.notSaved"))));
		}
	}

	private synchronized void count(Outcome outcome) {
		processed++;
		switch (outcome) {
			case CREATED -> created++;
			case UPDATED -> updated++;
			case UNCHANGED -> unchanged++;
		}
	}

	private synchronized void reject(List<RowProblem> rowProblems) {
		processed++;
		failed++;
		for (RowProblem problem : rowProblems) {
			if (storedProblems < MAX_PROBLEMS) {
				problems.add(problem);
				storedProblems++;
			}
			else {
				truncated = true;
			}
		}
		maybeFlush();
	}

	private synchronized void maybeFlush() {
		if (processed - flushedAt >= flushEvery || System.nanoTime() - flushedNanos >= FLUSH_NANOS) {
			flush();
		}
	}

	private synchronized void flush() {
		List<RowProblem> pending = List.copyOf(problems);
		problems.clear();
		transactions.executeWithoutResult(tx -> jobs.progress(jobId,
				new ImportJobs.Counters(processed, created, updated, unchanged, failed), pending));
		flushedAt = processed;
		flushedNanos = System.nanoTime();
	}

	/** The header of a field's column in the file, or its usual header when the file has no such column. */
	private String column(String field) {
		String header = layout.header(field);
		if (header != null) {
			return header;
		}
		return importer.columns()
			.stream()
			.filter(column -> column.field().equals(field))
			.findFirst()
			.map(column -> text.getMessage(column.labelKey(importer.kind()), column.field()))
			.orElse(null);
	}

}
