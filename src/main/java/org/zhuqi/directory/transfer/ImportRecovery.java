package org.zhuqi.directory.transfer;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuqi.audit.AuditLog;

/**
 * After a start, fails the import jobs a crash or restart left queued or running: their files were only held
 * in memory, so they can never finish. The job page then says so instead of spinning forever.
 */
@Component
class ImportRecovery {

	private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

	private final ImportJobs jobs;

	private final AuditLog audit;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	ImportRecovery(ImportJobs jobs, AuditLog audit, MessageSource messages, TransactionTemplate transactions) {
		this.jobs = jobs;
		this.audit = audit;
		this.messages = messages;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void failInterruptedJobs() {
		// the district's language: the uploader's is not stored
		String message = messages.getMessage("import.failed.restarted", null, Locale.SIMPLIFIED_CHINESE);
		transactions.executeWithoutResult(tx -> {
			List<Long> failed = jobs.failUnfinished(message);
			failed.forEach(id -> audit.record("system", ImportPipeline.AUDIT_TYPE, id, "failed", message));
			if (!failed.isEmpty()) {
				log.warn("Marked {} import job(s) interrupted by a restart as failed: {}", failed.size(), failed);
			}
		});
	}

}
