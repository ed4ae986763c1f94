package org.zhuqi.policy.catalogue;

/** One option of a select on the catalogue's pages: the submitted code and its label in the reader's language. */
public record PolicyChoice(String code, String label) {
}
