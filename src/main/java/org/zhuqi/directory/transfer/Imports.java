package org.zhuqi.directory.transfer;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * Import jobs for the enterprise service centre: checks an upload (size, type by content), records a job and
 * hands it to a worker; reads jobs and their problems back for the pages. Only the centre imports.
 */
@Service
public class Imports {

	private final Map<ImportKind, RowImporter<?>> importers = new EnumMap<>(ImportKind.class);

	private final ImportJobs jobs;

	private final ImportPipeline pipeline;

	private final ImportWorkers workers;

	private final MessageSource messages;

	private final DataSize maxFileSize;

	Imports(List<RowImporter<?>> importers, ImportJobs jobs, ImportPipeline pipeline, ImportWorkers workers,
			MessageSource messages, @Value("${zhuqi.import.max-file-size:20MB}") DataSize maxFileSize) {
		for (RowImporter<?> importer : importers) {
			if (this.importers.putIfAbsent(importer.kind(), importer) != null) {
				throw new IllegalStateException("two importers for " + importer.kind());
			}
		}
		this.jobs = jobs;
		this.pipeline = pipeline;
		this.workers = workers;
		this.messages = messages;
		this.maxFileSize = maxFileSize;
	}

	/** The kinds that can be imported, in their natural order. */
	public List<ImportKind> kinds() {
		return importers.keySet().stream().sorted(Comparator.naturalOrder()).toList();
	}

	Optional<RowImporter<?>> importer(ImportKind kind) {
		return Optional.ofNullable(importers.get(kind));
	}

	DataSize maxFileSize() {
		return maxFileSize;
	}

	/**
	 * Starts importing a file in the background.
	 * @return the new job's id
	 * @throws RejectedFieldException on {@code kind} or {@code file} when the upload is refused
	 */
	public long start(ImportKind kind, String fileName, byte[] content, Viewer viewer, Locale locale) {
		requireAdmin(viewer);
		RowImporter<?> importer = kind == null ? null : importers.get(kind);
		if (importer == null) {
			throw new RejectedFieldException("kind", "import.kind.unknown");
		}
		if (content.length > maxFileSize.toBytes()) {
			throw new RejectedFieldException("file", "import.file.tooLarge", maxFileSize.toMegabytes());
		}
		FileFormat format = FileFormat.detect(fileName, content);
		String name = baseName(fileName);
		long id = jobs.create(kind, name, viewer.username());
		ImportPipeline.Task task = new ImportPipeline.Task(id, importer, format, content, viewer.username(), locale);
		if (!workers.submit(() -> pipeline.run(task))) {
			pipeline.fail(task, messages.getMessage("import.file.busy", null, locale));
			throw new RejectedFieldException("file", "import.file.busy");
		}
		return id;
	}

	public ImportJob job(long id, Viewer viewer) {
		requireAdmin(viewer);
		return jobs.find(id).orElseThrow(() -> new RecordNotFoundException(ImportPipeline.AUDIT_TYPE, id));
	}

	public Page<ImportJob> jobs(Pageable pageable, Viewer viewer) {
		requireAdmin(viewer);
		return jobs.page(pageable);
	}

	public Page<RowProblem> problems(long id, Pageable pageable, Viewer viewer) {
		job(id, viewer);
		return jobs.problems(id, pageable);
	}

	static void requireAdmin(Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new AccessDeniedException("only the service centre imports");
		}
	}

	/** The file's own name without any client-side path. */
	private static String baseName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "-";
		}
		String name = fileName.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1).strip();
	}

}
