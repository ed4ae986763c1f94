package org.zhuqi.browser;

/**
 * The screen sizes the platform must work on: an office desktop and a 375 px phone (the phone is emulated
 * as a touch device, so the page's viewport meta tag counts as it would on a real phone).
 */
public enum Viewport {

	DESKTOP(1366, 900, false), PHONE(375, 812, true);

	private final int width;

	private final int height;

	private final boolean mobile;

	Viewport(int width, int height, boolean mobile) {
		this.width = width;
		this.height = height;
		this.mobile = mobile;
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	public boolean mobile() {
		return mobile;
	}

}
