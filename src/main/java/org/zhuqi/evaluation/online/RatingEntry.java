package org.zhuqi.evaluation.online;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.zhuqi.evaluation.ballot.BallotRequest;
import org.zhuqi.evaluation.scoring.Rubric;
import org.zhuqi.shared.RejectedFieldException;

/**
 * What a voter has entered for one department: a score per rubric dimension ({@code null} where none is chosen
 * yet) and an optional comment. A draft may be partial; a submission must be complete. The checks name the
 * dimension at fault, so the page can show the message beside it and the API can name the field
 * ({@code scores[2]}).
 *
 * @param scores one entry per dimension, in dimension order
 * @param comment stripped, {@code null} when blank
 */
record RatingEntry(List<Integer> scores, String comment) {

	RatingEntry {
		scores = Collections.unmodifiableList(new ArrayList<>(scores));
	}

	/**
	 * A draft: each chosen score on the scale, the comment within {@value BallotRequest#COMMENT_MAX} characters.
	 * @param names the dimensions' names in the voter's language, for the messages
	 */
	static RatingEntry draft(Rubric rubric, List<String> names, List<Integer> scores, String comment) {
		List<Integer> given = scores == null ? List.of() : scores;
		if (given.size() > rubric.size()) {
			throw new RejectedFieldException("scores", "evaluation.online.scores.tooMany", rubric.size());
		}
		List<Integer> normalised = new ArrayList<>(Collections.nCopies(rubric.size(), (Integer) null));
		for (int i = 0; i < given.size(); i++) {
			Integer score = given.get(i);
			if (score != null && !rubric.scale().accepts(score)) {
				throw new RejectedFieldException(field(i), "evaluation.online.score.range", names.get(i),
						rubric.scale().lowest(), rubric.scale().highest());
			}
			normalised.set(i, score);
		}
		return new RatingEntry(normalised, cleanComment(comment));
	}

	/** A submission: as a draft, and every dimension scored. */
	static RatingEntry submission(Rubric rubric, List<String> names, List<Integer> scores, String comment) {
		RatingEntry entry = draft(rubric, names, scores, comment);
		for (int i = 0; i < entry.scores().size(); i++) {
			if (entry.scores().get(i) == null) {
				throw new RejectedFieldException(field(i), "evaluation.online.score.missing", names.get(i));
			}
		}
		return entry;
	}

	/** An entry with nothing chosen. */
	static RatingEntry empty(int dimensions) {
		return new RatingEntry(Collections.nCopies(dimensions, (Integer) null), null);
	}

	/** Whether every dimension has a score. */
	boolean complete() {
		return scores.stream().allMatch(Objects::nonNull);
	}

	/** The score of dimension {@code index}, or {@code null}. */
	public Integer score(int index) {
		return index < scores.size() ? scores.get(index) : null;
	}

	private static String cleanComment(String comment) {
		String clean = comment == null ? "" : comment.strip();
		if (clean.length() > BallotRequest.COMMENT_MAX) {
			throw new RejectedFieldException("comment", "evaluation.online.comment.overLimit", BallotRequest.COMMENT_MAX,
					clean.length());
		}
		return clean.isEmpty() ? null : clean;
	}

	private static String field(int index) {
		return "scores[" + index + "]";
	}

}
