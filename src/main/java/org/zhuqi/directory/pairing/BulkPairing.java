package org.zhuqi.directory.pairing;

/**
 * The result of pairing every enterprise matching a filter with one cadre.
 *
 * @param matched how many enterprises matched
 * @param changed how many of them got a new cadre (the others already had this one)
 */
public record BulkPairing(int matched, int changed) {
}
