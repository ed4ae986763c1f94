package org.zhuqi.policy.rule;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseSelection;
import org.zhuqi.policy.catalogue.PolicyLookup;
import org.zhuqi.policy.catalogue.PolicyRef;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Edits a policy's eligibility rule: only the service centre (ADMIN) may; the rule is validated (known codes
 * of the directory's lists) and stored as JSON in {@code policy.rule} under the policy's version (a concurrent
 * edit is refused), with an audit entry on the policy.
 */
@Service
public class PolicyRules {

	/** The audit subject of policies, as the catalogue records them. */
	static final String AUDIT_SUBJECT = "policy";

	private final JdbcClient jdbc;

	private final PolicyLookup policies;

	private final Directory directory;

	private final AuditLog audit;

	private final RuleJson json;

	private final Clock clock;

	PolicyRules(JdbcClient jdbc, PolicyLookup policies, Directory directory, AuditLog audit, JsonMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.policies = policies;
		this.directory = directory;
		this.audit = audit;
		this.json = new RuleJson(json);
		this.clock = clock;
	}

	/** The policy, for someone who may edit its rule. */
	@Transactional(readOnly = true)
	PolicyRef editable(long policyId, Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new AccessDeniedException("only the service centre edits eligibility rules");
		}
		return policies.find(policyId).orElseThrow(() -> new RecordNotFoundException("policy", policyId));
	}

	/** The policy's row version, for optimistic locking of the editor. */
	@Transactional(readOnly = true)
	int version(long policyId) {
		return jdbc.sql("select version from policy where id = :id")
			.param("id", policyId)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("policy", policyId));
	}

	/** The validator over the directory's streets, industry sections and size classes. */
	RuleValidator validator() {
		EnterpriseSelection.Choices choices = directory.enterpriseChoices(Locale.ROOT);
		return new RuleValidator(new RuleVocabulary(codes(choices.streets()), codes(choices.industries()),
				codes(choices.sizes())));
	}

	/** The stored rule as text, for the JSON editor. */
	String write(Rule rule) {
		return json.write(rule);
	}

	/** Reads rule JSON as typed in the editor's JSON field. */
	Rule read(String text) {
		return json.read(text);
	}

	/**
	 * Stores the rule ({@code null}: every enterprise qualifies) if the policy is still at {@code version}.
	 *
	 * @throws InvalidRuleException when the rule is not valid
	 * @throws OptimisticLockingFailureException when the policy changed meanwhile
	 */
	@Transactional
	public void save(long policyId, Rule rule, int version, Viewer viewer) {
		editable(policyId, viewer);
		if (rule != null) {
			validator().require(rule);
		}
		String stored = json.write(rule);
		int updated = jdbc.sql("""
				update policy set rule = :rule, version = version + 1, updated_at = :now
				where id = :id and version = :version""")
			.param("rule", stored)
			.param("now", OffsetDateTime.now(clock))
			.param("id", policyId)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("policy " + policyId + " changed meanwhile");
		}
		audit.record(viewer.username(), AUDIT_SUBJECT, policyId, "rule-changed", stored == null ? "(no rule)" : stored);
	}

	private static Set<String> codes(List<EnterpriseSelection.Choice> choices) {
		return choices.stream().map(EnterpriseSelection.Choice::code).collect(Collectors.toSet());
	}

}
