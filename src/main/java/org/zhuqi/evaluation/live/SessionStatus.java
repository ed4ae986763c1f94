package org.zhuqi.evaluation.live;

/** Whether the live session is running or paused (休会) between rounds. */
public enum SessionStatus {

	RUNNING,

	/** Paused between rounds: no round can be opened and the big screen says so until the host resumes. */
	PAUSED

}
