package org.zhuqi.demand.meeting;

/**
 * The search over key problems: words of the title; {@code undiscussed=true} keeps those no meeting has had on
 * its agenda yet, the ones the centre still has to convene a meeting on.
 */
public record KeyProblemFilter(String q, Boolean undiscussed) {

	public static KeyProblemFilter none() {
		return new KeyProblemFilter(null, null);
	}

}
