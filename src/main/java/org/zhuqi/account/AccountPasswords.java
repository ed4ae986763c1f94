package org.zhuqi.account;

import java.time.Clock;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;

/**
 * Changes a signed-in user's own password: the current password must be right (a wrong one counts as a
 * failed sign-in for the {@link LoginThrottle}, so the form cannot be used to guess it), the new one must pass
 * the {@link PasswordPolicy}. The change is audited, never with the password itself; the user's session stays
 * valid.
 */
@Service
class AccountPasswords {

	static final String AUDIT_TYPE = "user";

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	private final Clock clock;

	AccountPasswords(UserAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit,
			Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void change(Viewer viewer, PasswordForm form) {
		UserAccount account = accounts.findByUsername(viewer.username())
			.orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, viewer.username()));
		if (throttle.isLocked(account.getUsername())) {
			throw rejected("currentPassword", "password.current.locked");
		}
		if (!encoder.matches(form.getCurrentPassword(), account.getPasswordHash())) {
			throttle.recordFailure(account.getUsername());
			throw rejected("currentPassword", "password.current.wrong");
		}
		List<PasswordPolicy.Rejection> rejections = PasswordPolicy.checkChange(account.getUsername(),
				form.getCurrentPassword(), form.getNewPassword(), form.getConfirmation());
		if (!rejections.isEmpty()) {
			throw new PasswordRejectedException(rejections);
		}
		account.changePassword(encoder.encode(form.getNewPassword()), clock.instant());
		accounts.save(account);
		audit.record(viewer.username(), AUDIT_TYPE, account.getId(), "password-changed", null);
	}

	private static PasswordRejectedException rejected(String field, String code) {
		return new PasswordRejectedException(List.of(new PasswordPolicy.Rejection(field, code)));
	}

}
