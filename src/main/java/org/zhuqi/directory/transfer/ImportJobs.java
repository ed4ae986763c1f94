package org.zhuqi.directory.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The {@code import_job} and {@code import_problem} tables: jobs with their progress counters, and the
 * problems found in their rows. Writes join the caller's transaction when there is one.
 */
@Component
class ImportJobs {

	private static final String SELECT = """
			select id, kind, file_name, status, total_rows, processed_rows, created_count, updated_count,
			       unchanged_count, failed_count, message, created_by, created_at, finished_at
			from import_job""";

	/** Column sizes of the tables, so a long header or reason never fails a write. */
	private static final int FILE_NAME_MAX = 255;

	private static final int MESSAGE_MAX = 500;

	private static final int COLUMN_MAX = 64;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Clock clock;

	ImportJobs(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/** Records a new job as queued and returns its id. */
	long create(ImportKind kind, String fileName, String createdBy) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into import_job (kind, file_name, status, created_by, created_at)
				values (:kind, :fileName, 'QUEUED', :createdBy, :createdAt)""")
			.param("kind", kind.name())
			.param("fileName", cut(fileName, FILE_NAME_MAX))
			.param("createdBy", createdBy)
			.param("createdAt", OffsetDateTime.now(clock))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void markRunning(long id) {
		jdbc.sql("update import_job set status = 'RUNNING' where id = :id").param("id", id).update();
	}

	void setTotal(long id, int totalRows) {
		jdbc.sql("update import_job set total_rows = :total where id = :id")
			.param("total", totalRows)
			.param("id", id)
			.update();
	}

	/** Saves the counters reached so far and the problems found since the last call. */
	void progress(long id, Counters counters, List<RowProblem> problems) {
		jdbc.sql("""
				update import_job set processed_rows = :processed, created_count = :created,
				       updated_count = :updated, unchanged_count = :unchanged, failed_count = :failed
				where id = :id""")
			.param("processed", counters.processed())
			.param("created", counters.created())
			.param("updated", counters.updated())
			.param("unchanged", counters.unchanged())
			.param("failed", counters.failed())
			.param("id", id)
			.update();
		if (!problems.isEmpty()) {
			batch.batchUpdate("insert into import_problem (job_id, row_number, column_name, reason) values (?, ?, ?, ?)",
					problems, problems.size(), (statement, problem) -> {
						statement.setLong(1, id);
						statement.setInt(2, problem.rowNumber());
						statement.setString(3, cut(problem.column(), COLUMN_MAX));
						statement.setString(4, cut(problem.reason(), MESSAGE_MAX));
					});
		}
	}

	/** Ends a job as done or failed, with an optional message. */
	void finish(long id, ImportStatus status, String message) {
		jdbc.sql("update import_job set status = :status, message = :message, finished_at = :at where id = :id")
			.param("status", status.name())
			.param("message", cut(message, MESSAGE_MAX))
			.param("at", OffsetDateTime.now(clock))
			.param("id", id)
			.update();
	}

	/** Fails every job still queued or running, e.g. after a restart lost them; returns their ids. */
	List<Long> failUnfinished(String message) {
		List<Long> ids = jdbc.sql("select id from import_job where status in ('QUEUED', 'RUNNING') order by id")
			.query(Long.class)
			.list();
		for (long id : ids) {
			jdbc.sql("""
					update import_job set status = 'FAILED', message = :message, finished_at = :at
					where id = :id and status in ('QUEUED', 'RUNNING')""")
				.param("message", cut(message, MESSAGE_MAX))
				.param("at", OffsetDateTime.now(clock))
				.param("id", id)
				.update();
		}
		return ids;
	}

	Optional<ImportJob> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(ImportJobs::job).optional();
	}

	/** Jobs newest first. */
	Page<ImportJob> page(Pageable pageable) {
		long total = jdbc.sql("select count(*) from import_job").query(Long.class).single();
		List<ImportJob> jobs = jdbc.sql(SELECT + " order by created_at desc, id desc limit :limit offset :offset")
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(ImportJobs::job)
			.list();
		return new PageImpl<>(jobs, pageable, total);
	}

	/** A job's problems by row. */
	Page<RowProblem> problems(long jobId, Pageable pageable) {
		long total = jdbc.sql("select count(*) from import_problem where job_id = :id")
			.param("id", jobId)
			.query(Long.class)
			.single();
		List<RowProblem> problems = jdbc.sql("""
				select row_number, column_name, reason from import_problem where job_id = :id
				order by row_number, id limit :limit offset :offset""")
			.param("id", jobId)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> new RowProblem(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list();
		return new PageImpl<>(problems, pageable, total);
	}

	private static ImportJob job(ResultSet rs, int row) throws SQLException {
		return new ImportJob(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
				ImportStatus.valueOf(rs.getString("status")), rs.getInt("total_rows"), rs.getInt("processed_rows"),
				rs.getInt("created_count"), rs.getInt("updated_count"), rs.getInt("unchanged_count"),
				rs.getInt("failed_count"), rs.getString("message"), rs.getString("created_by"),
				instant(rs, "created_at"), instant(rs, "finished_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}

	/** How many rows a job has handled and what became of them. */
	record Counters(int processed, int created, int updated, int unchanged, int failed) {
	}

}
