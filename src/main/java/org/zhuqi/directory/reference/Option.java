package org.zhuqi.directory.reference;

/** One choice of a select box: the submitted code and the label shown in the user's language. */
public record Option(String code, String label) {
}
