package org.zhuqi.account;

import java.time.Clock;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.directory.CadreRef;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * The service centre's account management: open an account bound to a directory record, disable and enable
 * it ({@link AccountDisabling}), reset its password, set its e-mail address for notifications. Only administrators may; every change is audited under
 * subject type {@code user}, never with a password. Disabling an account or resetting its password ends its
 * sessions; a reset also lifts a login lock.
 */
@Service
class UserAdministration {

	static final String AUDIT_TYPE = AccountPasswords.AUDIT_TYPE;

	private final UserAccounts accounts;

	private final Directory directory;

	private final BindingNames names;

	private final PasswordEncoder encoder;

	private final PasswordGenerator generator;

	private final LoginThrottle throttle;

	private final SignedInSessions sessions;

	private final AuditLog audit;

	private final Clock clock;

	UserAdministration(UserAccounts accounts, Directory directory, BindingNames names, PasswordEncoder encoder,
			PasswordGenerator generator, LoginThrottle throttle, SignedInSessions sessions, AuditLog audit,
			Clock clock) {
		this.accounts = accounts;
		this.directory = directory;
		this.names = names;
		this.encoder = encoder;
		this.generator = generator;
		this.throttle = throttle;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A new account's id, and the password the platform generated for it, to be shown once ({@code null}
	 * when the administrator typed one).
	 */
	record Opened(long id, String generatedPassword) {
	}

	@Transactional
	public Opened open(NewUserForm form, Viewer viewer) {
		requireAdmin(viewer);
		String username = form.getUsername().strip().toLowerCase(Locale.ROOT);
		if (accounts.existsByUsernameIgnoreCase(username)) {
			throw new RejectedFieldException("username", "user.username.taken", username);
		}
		Binding binding = binding(form);
		String password = chosenOrGenerated(form.getPassword(), username);
		UserAccount saved;
		try {
			UserAccount account = UserAccount.open(username, form.getDisplayName().strip(), encoder.encode(password),
					binding, clock.instant());
			account.changeEmail(EmailForm.normalised(form.getEmail()), clock.instant());
			saved = accounts.save(account);
		}
		catch (DuplicateKeyException ex) {
			throw new RejectedFieldException("username", "user.username.taken", username);
		}
		BindingName bound = names.of(saved);
		audit.record(viewer.username(), AUDIT_TYPE, saved.getId(), "created", bound == null ? null : bound.name());
		return new Opened(saved.getId(), isBlank(form.getPassword()) ? password : null);
	}

	@Transactional
	public void disable(long id, Viewer viewer) {
		requireAdmin(viewer);
		UserAccount account = find(id);
		AccountDisabling.refusal(account, viewer.username(), accounts.countByRoleAndEnabled(Role.ADMIN, true))
			.ifPresent(code -> {
				throw new UserChangeRefusedException(code);
			});
		if (account.disable(clock.instant())) {
			accounts.save(account);
			audit.record(viewer.username(), AUDIT_TYPE, id, "disabled", null);
			sessions.end(account.getUsername());
		}
	}

	@Transactional
	public void enable(long id, Viewer viewer) {
		requireAdmin(viewer);
		UserAccount account = find(id);
		if (account.enable(clock.instant())) {
			accounts.save(account);
			audit.record(viewer.username(), AUDIT_TYPE, id, "enabled", null);
		}
	}

	/**
	 * Sets the typed password, or a generated one; returns the generated password to show once, or
	 * {@code null} when the administrator typed it.
	 */
	@Transactional
	public String resetPassword(long id, PasswordResetForm form, Viewer viewer) {
		requireAdmin(viewer);
		UserAccount account = find(id);
		String password = chosenOrGenerated(form.getPassword(), account.getUsername());
		account.changePassword(encoder.encode(password), clock.instant());
		accounts.save(account);
		audit.record(viewer.username(), AUDIT_TYPE, id, "password-reset", null);
		throttle.recordSuccess(account.getUsername());
		if (!account.getUsername().equalsIgnoreCase(viewer.username())) {
			sessions.end(account.getUsername());
		}
		return form.generate() ? password : null;
	}

	/** Sets or, when left blank, removes the address notifications are e-mailed to. */
	@Transactional
	public void changeEmail(long id, EmailForm form, Viewer viewer) {
		requireAdmin(viewer);
		UserAccount account = find(id);
		String email = EmailForm.normalised(form.getEmail());
		if (account.changeEmail(email, clock.instant())) {
			accounts.save(account);
			audit.record(viewer.username(), AUDIT_TYPE, id, "email-changed", email);
		}
	}

	private UserAccount find(long id) {
		return accounts.findById(id).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, id));
	}

	private String chosenOrGenerated(String typed, String username) {
		if (isBlank(typed)) {
			return generator.temporaryFor(username);
		}
		PasswordPolicy.check(typed, username).ifPresent(code -> {
			throw new RejectedFieldException("password", code, PasswordPolicy.MESSAGE_ARGUMENTS);
		});
		return typed;
	}

	/** The binding the role calls for; the other record fields of the form are ignored. */
	private Binding binding(NewUserForm form) {
		return switch (form.getRole()) {
			case ADMIN -> Binding.admin();
			case DEPARTMENT -> {
				long id = required(form.getDepartmentId(), "departmentId", "user.department.required");
				directory.department(id)
					.filter(DepartmentRef::active)
					.orElseThrow(() -> new RejectedFieldException("departmentId", "user.department.unknown"));
				yield Binding.department(id);
			}
			case CADRE -> {
				long id = required(form.getCadreId(), "cadreId", "user.cadre.required");
				directory.cadre(id)
					.filter(CadreRef::active)
					.orElseThrow(() -> new RejectedFieldException("cadreId", "user.cadre.unknown"));
				yield Binding.cadre(id);
			}
			case ENTERPRISE -> {
				long id = required(form.getEnterpriseId(), "enterpriseId", "user.enterprise.required");
				directory.enterprise(id)
					.orElseThrow(() -> new RejectedFieldException("enterpriseId", "user.enterprise.unknown"));
				yield Binding.enterprise(id);
			}
		};
	}

	private static long required(Long id, String field, String code) {
		if (id == null) {
			throw new RejectedFieldException(field, code);
		}
		return id;
	}

	private static boolean isBlank(String password) {
		return password == null || password.isEmpty();
	}

	private static void requireAdmin(Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new AccessDeniedException("only the service centre manages accounts");
		}
	}

}
