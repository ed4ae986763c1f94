package org.zhuqi.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhuqi.shared.Viewer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signs a MockMvc request in as a given {@link Viewer}, the way a real login would, for tests of any module.
 */
public final class TestViewers {

	private TestViewers() {
	}

	public static RequestPostProcessor as(Viewer viewer) {
		SignedInUser user = new SignedInUser(viewer, viewer.username(), "", true, false);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
