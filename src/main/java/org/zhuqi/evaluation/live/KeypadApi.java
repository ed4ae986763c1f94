package org.zhuqi.evaluation.live;

import java.util.List;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zhuqi.shared.Viewer;

/**
 * The receiver bridge's entry: {@code POST /api/v1/sessions/{id}/keypad-batches} with
 * {@code [{"keypad": "K0001", "department": 12, "score": 9}, ...]} (HTTP Basic as the service centre) answers
 * {@code 200} with one {@link PressResult} per press in the same order, whatever became of each; a malformed
 * batch (not an array, empty, too large) is a 400 problem, an unknown session a 404.
 */
@RestController
class KeypadApi {

	private final Keypads keypads;

	KeypadApi(Keypads keypads) {
		this.keypads = keypads;
	}

	@PostMapping("/api/v1/sessions/{id}/keypad-batches")
	List<PressResult> press(@PathVariable long id, @RequestBody List<KeypadPress> presses, Viewer viewer) {
		return keypads.press(id, presses, viewer);
	}

}
