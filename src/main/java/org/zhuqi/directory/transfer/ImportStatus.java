package org.zhuqi.directory.transfer;

/** Where an import job is: waiting for a worker, running, finished, or stopped by a problem with the file. */
public enum ImportStatus {

	QUEUED, RUNNING, DONE, FAILED;

	public boolean finished() {
		return this == DONE || this == FAILED;
	}

}
