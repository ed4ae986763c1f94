package org.zhuqi.directory;

/**
 * Published when an enterprise gets a (new) primary liaison cadre (结对), inside the pairing transaction.
 *
 * @param previousCadreId the cadre it was paired with before, or {@code null}
 */
public record EnterprisePaired(long enterpriseId, long cadreId, Long previousCadreId) {
}
