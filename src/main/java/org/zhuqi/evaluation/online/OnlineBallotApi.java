package org.zhuqi.evaluation.online;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.zhuqi.evaluation.ballot.BallotRequest;
import org.zhuqi.evaluation.ballot.BallotVerdict;
import org.zhuqi.evaluation.online.RatingSignIn.SignIn;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.system.FailureThrottle;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Online ballots by API, authenticated by the voter's credential ({@code X-Voter-Credential} header, or the
 * {@code credential} field): one ballot for one ONLINE department. Answers {@code 201} with the verdict and its
 * message (never the receipt: see the threat model), and each bad input as an RFC 9457 problem with a clear
 * {@code detail} and the {@code field} at fault. Content is checked before the credential, and nothing is written
 * for any refusal.
 */
@RestController
@Tag(name = "online rating", description = "网上测评: ballots for a campaign's ONLINE departments, by credential")
class OnlineBallotApi {

	static final String CREDENTIAL_HEADER = "X-Voter-Credential";

	private static final String PROBLEMS = "https://zhuqi.org/problems/";

	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile(BallotRequest.IDEMPOTENCY_KEY_PATTERN);

	private final OnlineRating rating;

	private final RatingSignIn signIn;

	private final FailureThrottle attempts;

	private final MessageSource messages;

	OnlineBallotApi(OnlineRating rating, RatingSignIn signIn, FailureThrottle attempts, MessageSource messages) {
		this.rating = rating;
		this.signIn = signIn;
		this.attempts = attempts;
		this.messages = messages;
	}

	/**
	 * An online ballot.
	 * @param department the department's id; it must be in the campaign's ONLINE group
	 * @param scores one whole-number score per rubric dimension, in dimension order
	 * @param comment optional, at most 500 characters
	 * @param idempotencyKey optional, {@value BallotRequest#IDEMPOTENCY_KEY_PATTERN}: a retry with the same key is
	 * answered like the first attempt; without one, every request is a new attempt
	 * @param credential the voter's credential, when not sent in the {@code X-Voter-Credential} header
	 */
	record OnlineBallot(Long department, List<Integer> scores, String comment, String idempotencyKey,
			String credential) {

		@Override
		public String toString() {
			return "OnlineBallot[department=" + department + ", scores=" + scores + "]";
		}

	}

	/** The answer to an accepted ballot: the verdict and what to tell the voter, no receipt. */
	record OnlineAnswer(String verdict, String message) {
	}

	@PostMapping("/api/v1/campaigns/{id}/online-ballots")
	@SecurityRequirements
	@Operation(summary = "Cast one voter's ballot for one ONLINE department of a campaign, authenticated by the "
			+ "voter's credential (no account). 201 when accepted (or a retry of an accepted ballot with the same "
			+ "idempotencyKey); 400 invalid content (field named: department, scores[i], comment, idempotencyKey, "
			+ "or the JSON itself); 401 unknown credential; 403 revoked credential or the voter rates with its "
			+ "enterprise account; 409 already voted, not yet open or closed; 429 too many wrong credentials.",
			responses = { @ApiResponse(responseCode = "201", description = "accepted"),
					@ApiResponse(responseCode = "400", description = "invalid content",
							content = @Content(mediaType = "application/problem+json",
									schema = @Schema(implementation = ProblemDetail.class))) })
	ResponseEntity<?> cast(@PathVariable long id,
			@Parameter(description = "the voter's credential token (24 characters)") @RequestHeader(
					name = CREDENTIAL_HEADER, required = false) String credentialHeader,
			@RequestBody OnlineBallot ballot, HttpServletRequest request, Locale locale) {
		if (ballot.department() == null) {
			throw new RejectedFieldException("department", "evaluation.online.department.required");
		}
		long department = ballot.department();
		rating.checkSubmission(id, department, ballot.scores(), ballot.comment(), locale);
		if (ballot.idempotencyKey() != null && !IDEMPOTENCY_KEY.matcher(ballot.idempotencyKey()).matches()) {
			throw new RejectedFieldException("idempotencyKey", "evaluation.ballot.idempotencyKey.invalid");
		}
		String credential = credentialHeader != null ? credentialHeader : ballot.credential();
		String client = request.getRemoteAddr();
		if (attempts.isLocked(client)) {
			return problem(HttpStatus.TOO_MANY_REQUESTS, "credential-locked", "credential",
					message("evaluation.online.credential.locked", locale, attempts.lockMinutes()));
		}
		if (credential == null || credential.isBlank()) {
			return problem(HttpStatus.UNAUTHORIZED, "credential", "credential",
					message("evaluation.online.credential.required", locale));
		}
		SignIn voter = signIn.withCredential(id, credential);
		if (!voter.succeeded()) {
			if (voter.wrongCredential()) {
				attempts.recordFailure(client);
			}
			boolean unknown = "evaluation.ballot.unknownCredential".equals(voter.refusal());
			return problem(unknown ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN, "credential", "credential",
					message(voter.refusal(), locale));
		}
		attempts.recordSuccess(client);
		String key = ballot.idempotencyKey() != null ? ballot.idempotencyKey()
				: "on-" + UUID.randomUUID().toString().replace("-", "");
		BallotVerdict verdict = rating.submit(id, department, voter.rater().voterKey(), ballot.scores(),
				ballot.comment(), key, locale);
		if (verdict == BallotVerdict.ACCEPTED) {
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(new OnlineAnswer(verdict.name(), message(verdict.messageCode(), locale)));
		}
		String kind = verdict == BallotVerdict.ALREADY_VOTED ? "already-voted" : "voting-closed";
		ResponseEntity<ProblemDetail> refused = problem(HttpStatus.CONFLICT, kind, null,
				message(verdict.messageCode(), locale));
		refused.getBody().setProperty("verdict", verdict.name());
		return refused;
	}

	/** A field refused: the message is the detail too, and the field is named as ApiProblems names it. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> rejectedField(RejectedFieldException ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", ex.field(),
				messages.getMessage(ex.code(), ex.arguments(), ex.code(), locale));
	}

	/** Not JSON (field {@code body}), or a value of the wrong type (the field, as far as the parser knows it). */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, Locale locale) {
		boolean syntax = ex.getCause() instanceof StreamReadException;
		String field = !syntax && ex.getCause() instanceof JacksonException json ? fieldOf(json) : null;
		if (field == null) {
			return problem(HttpStatus.BAD_REQUEST, "invalid-input", "body",
					message("evaluation.online.json.malformed", locale));
		}
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", field,
				message("evaluation.online.json.wrongType", locale, field));
	}

	private static String fieldOf(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	private String message(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, code, locale);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String kind, String field, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(PROBLEMS + kind));
		if (field != null) {
			problem.setProperty("field", field);
			problem.setProperty("errors", List.of(new FieldProblem(field, detail)));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** One rejected field, as {@code ApiProblems} lists them. */
	record FieldProblem(String field, String message) {
	}

}
