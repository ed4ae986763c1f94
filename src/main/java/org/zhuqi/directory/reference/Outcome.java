package org.zhuqi.directory.reference;

/**
 * What an idempotent write (an import row, an upsert) did to one record. Re-importing the same file yields
 * only {@link #UNCHANGED}.
 */
public enum Outcome {

	CREATED, UPDATED, UNCHANGED

}
