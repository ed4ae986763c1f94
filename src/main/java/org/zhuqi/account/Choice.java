package org.zhuqi.account;

/** One option of a select, with its label already in the reader's language. */
record Choice(String code, String label) {
}
