package org.zhuqi.evaluation.live;

/**
 * The keypad registration form: the keypad's id and the voter's credential as the QR scanner typed it (the
 * voting link or the bare token). {@link Keypads#register} checks both.
 */
public class KeypadForm {

	private String keypad;

	private String credential;

	public String getKeypad() {
		return keypad;
	}

	public void setKeypad(String keypad) {
		this.keypad = keypad;
	}

	public String getCredential() {
		return credential;
	}

	public void setCredential(String credential) {
		this.credential = credential;
	}

}
