package org.zhuqi.directory.transfer;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads import jobs run on: two job workers with at most ten waiting jobs, so uploads cannot pile up
 * unbounded files in memory, and two batch writers that let a job write its rows while it reads on. When both
 * writers are busy a job writes its batch itself, so nothing queues there. Deliberately not
 * {@link java.util.concurrent.Executor} beans, which would replace Spring Boot's application task executor.
 * On shutdown running jobs are interrupted and fail.
 */
@Component
class ImportWorkers implements DisposableBean {

	static final int THREADS = 2;

	static final int QUEUE = 10;

	static final int WRITERS = 2;

	private final ThreadPoolExecutor pool;

	private final ThreadPoolExecutor writers;

	ImportWorkers() {
		this.pool = new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(QUEUE),
				named("import-"), new ThreadPoolExecutor.AbortPolicy());
		this.pool.allowCoreThreadTimeOut(true);
		this.writers = new ThreadPoolExecutor(WRITERS, WRITERS, 1, TimeUnit.MINUTES, new SynchronousQueue<>(),
				named("import-writer-"), new ThreadPoolExecutor.CallerRunsPolicy());
		this.writers.allowCoreThreadTimeOut(true);
	}

	private static ThreadFactory named(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/** Runs a batch write on a free writer thread, or on the calling thread when none is free. */
	Executor writers() {
		return writers;
	}

	/**
	 * Queues a job.
	 * @return {@code false} when all workers are busy and the queue is full
	 */
	boolean submit(Runnable job) {
		try {
			pool.execute(job);
			return true;
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		pool.shutdownNow();
		writers.shutdownNow();
		pool.awaitTermination(10, TimeUnit.SECONDS);
		writers.awaitTermination(10, TimeUnit.SECONDS);
	}

}
