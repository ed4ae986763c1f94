package org.zhuqi.attachment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.access.AccessDeniedException;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The owner's rule decides, and without one nobody may do anything.
 */
class OwnerAccessTests {

	private static final Viewer ADMIN = Viewer.admin("admin");

	private static final Viewer DEPARTMENT = Viewer.department("dept", 3);

	/** Admins read everything; departments read; nobody adds (the default). */
	private static final AttachmentAccess READ_ONLY = new AttachmentAccess() {

		@Override
		public String ownerType() {
			return "report";
		}

		@Override
		public boolean canRead(Viewer viewer, long ownerId) {
			return viewer.isAdmin() || viewer.is(Role.DEPARTMENT);
		}

	};

	/** Admins read and add; enterprises add to what they cannot read (which must not let them). */
	private static final AttachmentAccess CARELESS = new AttachmentAccess() {

		@Override
		public String ownerType() {
			return "careless";
		}

		@Override
		public boolean canRead(Viewer viewer, long ownerId) {
			return viewer.isAdmin();
		}

		@Override
		public boolean canAdd(Viewer viewer, long ownerId) {
			return true;
		}

	};

	private final OwnerAccess access = access(Map.of("readOnly", READ_ONLY, "careless", CARELESS));

	@Test
	void deniesEverythingForAnOwnerTypeWithoutRule() {
		assertThat(access.canRead(ADMIN, "unknown", 1)).isFalse();
		assertThat(access.canAdd(ADMIN, "unknown", 1)).isFalse();
		assertThatThrownBy(() -> access.checkAdd(ADMIN, "unknown", 1)).isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void letsNobodyAddUnlessTheRuleSaysSo() {
		assertThat(access.canRead(DEPARTMENT, "report", 1)).isTrue();
		assertThat(access.canAdd(ADMIN, "report", 1)).isFalse();
		assertThatThrownBy(() -> access.checkAdd(DEPARTMENT, "report", 1)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void hidesARecordTheViewerMayNotReadEvenIfTheRuleWouldLetItAdd() {
		Viewer enterprise = Viewer.enterprise("ent", 5);
		assertThat(access.canAdd(enterprise, "careless", 5)).isFalse();
		assertThatThrownBy(() -> access.checkAdd(enterprise, "careless", 5)).isInstanceOf(RecordNotFoundException.class);
		assertThatCode(() -> access.checkAdd(ADMIN, "careless", 5)).doesNotThrowAnyException();
	}

	@Test
	void asksTheRuleOfTheAttachmentsOwner() {
		AttachmentRef report = new AttachmentRef(1, "report", 9, "a.pdf", "application/pdf", 1, "0".repeat(64), "u",
				Instant.EPOCH);
		assertThat(access.canRead(DEPARTMENT, report)).isTrue();
		assertThat(access.canRead(Viewer.cadre("c", 2), report)).isFalse();
	}

	@Test
	void refusesTwoRulesForOneOwnerType() {
		Map<String, AttachmentAccess> rules = new LinkedHashMap<>();
		rules.put("one", READ_ONLY);
		rules.put("two", READ_ONLY);
		assertThatThrownBy(() -> access(rules).canRead(ADMIN, "report", 1)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("report");
	}

	private static OwnerAccess access(Map<String, AttachmentAccess> rules) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		rules.forEach(beans::addBean);
		return new OwnerAccess(beans.getBeanProvider(AttachmentAccess.class));
	}

}
