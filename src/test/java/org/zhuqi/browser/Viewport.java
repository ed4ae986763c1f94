package org.zhuqi.browser;

/**
 * The screen sizes the platform must work on: an office desktop, a 375 px phone (the phone is emulated
 * as a touch device, so the page's viewport meta tag counts as it would on a real phone) and the 1920×1080 big
 * screen (大屏) of a live evaluation session.
 */
public enum Viewport {

	DESKTOP(1366, 900, false), PHONE(375, 812, true), BIG_SCREEN(1920, 1080, false);

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
