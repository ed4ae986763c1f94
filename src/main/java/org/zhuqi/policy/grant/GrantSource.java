package org.zhuqi.policy.grant;

/** How a grant came about: an approved application, or 免申即享 (no application, from the confirmed matched list). */
public enum GrantSource {

	APPLICATION, NO_APPLICATION

}
