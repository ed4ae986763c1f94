package org.zhuqi.demand.problem;

/** One option of a select or radio list on the demand pages, its label already in the reader's language. */
public record Choice(String code, String label) {
}
