package org.zhuqi.evaluation.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.zhuqi.shared.RejectedFieldException;

/**
 * The plain rules of questions and presenter votes: a question's text is 5–300 characters after trimming, a
 * voter asks at most 3 questions per live department, and picks at most as many departments as the live group
 * has slots, each a department of the campaign.
 */
final class QuestionRules {

	static final int BODY_MIN = 5;

	static final int BODY_MAX = 300;

	static final int PER_DEPARTMENT = 3;

	private QuestionRules() {
	}

	/** The question's text, trimmed, or a refusal naming field {@code body}. */
	static String body(String text) {
		String body = text == null ? "" : text.strip();
		if (body.isEmpty()) {
			throw new RejectedFieldException("body", "evaluation.question.body.required");
		}
		int length = body.codePointCount(0, body.length());
		if (length < BODY_MIN || length > BODY_MAX) {
			throw new RejectedFieldException("body", "evaluation.question.body.length", BODY_MIN, BODY_MAX);
		}
		return body;
	}

	/** The number of the next question of a voter who has asked {@code asked} for the department. */
	static int nextSeq(int asked) {
		if (asked >= PER_DEPARTMENT) {
			throw new RejectedFieldException("body", "evaluation.question.limit", PER_DEPARTMENT);
		}
		return asked + 1;
	}

	/** The picks without blanks and repeats, each a department of the campaign, at most {@code slots}. */
	static List<Long> picks(List<Long> chosen, Set<Long> departments, int slots) {
		Set<Long> picks = new LinkedHashSet<>();
		if (chosen != null) {
			chosen.stream().filter(Objects::nonNull).forEach(picks::add);
		}
		if (picks.isEmpty()) {
			throw new RejectedFieldException("departmentIds", "evaluation.question.vote.empty");
		}
		if (!departments.containsAll(picks)) {
			throw new RejectedFieldException("departmentIds", "evaluation.departments.unknown");
		}
		if (picks.size() > slots) {
			throw new RejectedFieldException("departmentIds", "evaluation.question.vote.tooMany", slots);
		}
		return new ArrayList<>(picks);
	}

}
