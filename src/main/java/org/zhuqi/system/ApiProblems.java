package org.zhuqi.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;

/**
 * Turns every failure of a JSON API call into RFC 9457 problem details; invalid input lists the offending
 * fields under {@code errors} as {@code {"field": ..., "message": ...}}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final URI INVALID = URI.create("https://zhuqi.org/problems/invalid-input");

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	/** One rejected input field. */
	record FieldProblem(String field, String message) {
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldProblem> fields = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField(), messageOf(error, locale)))
			.toList();
		return ResponseEntity.badRequest().body(invalid(fields, locale));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rejectedField(RejectedFieldException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		String message = messages.getMessage(ex.code(), ex.arguments(), ex.code(), locale);
		return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(ex.field(), message)), locale));
	}

	@ExceptionHandler
	ProblemDetail refused(RefusedActionException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(ex.code(), ex.arguments(), ex.code(), LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler
	ProblemDetail notFound(RecordNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage("problem.notFound", null, LocaleContextHolder.getLocale()));
		problem.setProperty("kind", ex.kind());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail accessDenied(AccessDeniedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				messages.getMessage("problem.forbidden", null, LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler
	ProblemDetail conflict(OptimisticLockingFailureException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("problem.conflict", null, LocaleContextHolder.getLocale()));
	}

	private ProblemDetail invalid(List<FieldProblem> fields, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("problem.invalid", null, locale));
		problem.setType(INVALID);
		problem.setProperty("errors", fields);
		return problem;
	}

	private String messageOf(FieldError error, Locale locale) {
		return messages.getMessage(error, locale);
	}

}
