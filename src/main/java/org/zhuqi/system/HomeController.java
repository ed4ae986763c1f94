package org.zhuqi.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing address: sends a signed-in user to the enterprise directory, which every role may open
 * within its own scope.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "redirect:/enterprises";
	}

}
