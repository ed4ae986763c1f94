package org.zhuqi.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhuqi.shared.Viewer;

/**
 * Puts the signed-in {@link Viewer} and display name into every page model, for the navigation by role.
 */
@ControllerAdvice(annotations = Controller.class)
class ViewerModel {

	@ModelAttribute("viewer")
	Viewer viewer() {
		return ViewerResolution.current();
	}

	@ModelAttribute("displayName")
	String displayName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				? user.displayName() : null;
	}

}
