package org.zhuqi.evaluation.live;

/**
 * What became of one keypad press, in the order of the batch.
 *
 * @param verdict the ballot box's verdict ({@code ACCEPTED}, {@code ALREADY_VOTED}, {@code CLOSED}, ...), or
 * {@value #UNKNOWN_KEYPAD} for a keypad not registered in the campaign, or {@value #INVALID} for a press the box
 * refused as malformed (no department, a score off the scale)
 * @param message the verdict in the caller's language
 */
public record PressResult(String keypad, Long department, String verdict, String message) {

	public static final String UNKNOWN_KEYPAD = "UNKNOWN_KEYPAD";

	public static final String INVALID = "INVALID";

	public boolean accepted() {
		return "ACCEPTED".equals(verdict);
	}

}
