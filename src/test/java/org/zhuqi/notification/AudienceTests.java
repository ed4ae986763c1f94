package org.zhuqi.notification;

import org.junit.jupiter.api.Test;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class AudienceTests {

	@Test
	void adminsAreEveryAdministratorAndNobodyElse() {
		Audience admins = Audience.admins();
		assertThat(admins.includes(Viewer.admin("admin"))).isTrue();
		assertThat(admins.includes(Viewer.admin("another.admin"))).isTrue();
		assertThat(admins.includes(Viewer.department("dept", 5))).isFalse();
		assertThat(admins.includes(Viewer.enterprise("ent", 7))).isFalse();
	}

	@Test
	void aDepartmentAudienceIsTheHandlersOfThatDepartmentOnly() {
		Audience department = Audience.department(5);
		assertThat(department.includes(Viewer.department("handler.a", 5))).isTrue();
		assertThat(department.includes(Viewer.department("handler.b", 5))).isTrue();
		assertThat(department.includes(Viewer.department("other", 6))).as("another department").isFalse();
		assertThat(department.includes(Viewer.cadre("cadre", 5))).as("a cadre with the same id").isFalse();
		assertThat(department.includes(Viewer.admin("admin"))).as("the centre has its own notices").isFalse();
	}

	@Test
	void aCadreAudienceIsThatCadreOnly() {
		assertThat(Audience.cadre(3).includes(Viewer.cadre("cadre", 3))).isTrue();
		assertThat(Audience.cadre(3).includes(Viewer.cadre("cadre.other", 4))).isFalse();
		assertThat(Audience.cadre(3).includes(Viewer.enterprise("ent", 3))).isFalse();
	}

	@Test
	void anEnterpriseNeverBelongsToAnotherEnterprisesAudience() {
		assertThat(Audience.enterprise(7).includes(Viewer.enterprise("ent", 7))).isTrue();
		assertThat(Audience.enterprise(7).includes(Viewer.enterprise("ent.other", 8))).isFalse();
		assertThat(Audience.enterprise(7).includes(Viewer.department("dept", 7))).isFalse();
	}

	@Test
	void aViewersOwnAudienceIncludesIt() {
		for (Viewer viewer : new Viewer[] { Viewer.admin("a"), Viewer.department("d", 1), Viewer.cadre("c", 2),
				Viewer.enterprise("e", 3) }) {
			assertThat(Audience.of(viewer).includes(viewer)).as(viewer.toString()).isTrue();
		}
		assertThat(Audience.of(Viewer.enterprise("e", 3))).isEqualTo(Audience.enterprise(3));
		assertThat(Audience.of(Viewer.admin("a"))).isEqualTo(Audience.admins());
	}

	@Test
	void aUserAudienceIsThatLoginWhateverItsRole() {
		Audience user = Audience.user("zhang.san");
		assertThat(user.isUser()).isTrue();
		assertThat(user.includes(Viewer.department("zhang.san", 5))).isTrue();
		assertThat(user.includes(Viewer.department("li.si", 5))).as("a colleague").isFalse();
		assertThat(user.includes(Viewer.admin("admin"))).isFalse();
		assertThat(Audience.department(5).isUser()).isFalse();
	}

	@Test
	void refusesABindingThatDoesNotFitTheRole() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Audience(Role.ADMIN, 1L, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Audience(Role.DEPARTMENT, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Audience(Role.ENTERPRISE, null, null));
		assertThatNullPointerException().isThrownBy(() -> new Audience(null, null, null));
	}

	@Test
	void isEitherOneUserOrAGroup() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Audience(Role.DEPARTMENT, 5L, "zhang.san"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Audience(Role.ADMIN, null, "admin"));
		assertThatIllegalArgumentException().isThrownBy(() -> Audience.user(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> Audience.user("x".repeat(65)));
	}

}
