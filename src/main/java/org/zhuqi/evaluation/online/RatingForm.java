package org.zhuqi.evaluation.online;

import java.util.ArrayList;
import java.util.List;

/**
 * The rating form of one department as posted: {@code scores[i]} per dimension (absent where none is chosen) and
 * the comment. The rules are {@link RatingEntry}'s.
 */
public class RatingForm {

	private List<Integer> scores = new ArrayList<>();

	private String comment;

	public List<Integer> getScores() {
		return scores;
	}

	public void setScores(List<Integer> scores) {
		this.scores = scores;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
