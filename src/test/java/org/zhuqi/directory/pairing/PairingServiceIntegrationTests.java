package org.zhuqi.directory.pairing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.zhuqi.directory.CadreRef;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.EnterpriseRef;
import org.zhuqi.directory.department.DirectoryFixture;
import org.zhuqi.directory.department.DirectoryIntegrationSupport;
import org.zhuqi.directory.enterprise.EnterpriseRow;
import org.zhuqi.directory.reference.Outcome;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PairingServiceIntegrationTests extends DirectoryIntegrationSupport {

	@Autowired
	PairingService pairing;

	@Autowired
	PairingQueries queries;

	@Test
	void reassignmentKeepsTheHistory() {
		DepartmentRef department = fixture.department();
		CadreRef first = fixture.cadre(department);
		CadreRef second = fixture.cadre(department);
		EnterpriseRef enterprise = fixture.enterprise("企业" + DirectoryFixture.token());

		assertThat(pairing.pair(enterprise.id(), first.id(), "admin", null)).isTrue();
		assertThat(pairing.pair(enterprise.id(), second.id(), "admin", "干部调岗")).isTrue();

		List<PairingRecord> history = queries.history(enterprise.id(), ADMIN);
		assertThat(history).hasSize(2);
		assertThat(history.get(0).cadreId()).isEqualTo(second.id());
		assertThat(history.get(0).current()).isTrue();
		assertThat(history.get(0).reason()).isEqualTo("干部调岗");
		assertThat(history.get(1).cadreId()).isEqualTo(first.id());
		assertThat(history.get(1).endedAt()).isNotNull();
		assertThat(directory.enterprise(enterprise.id()).orElseThrow().cadreId()).isEqualTo(second.id());
		assertThat(queries.pairedSince(enterprise.id(), ADMIN)).isPresent();
		assertThat(auditCount("enterprise", enterprise.id())).isEqualTo(3);
	}

	@Test
	void pairingSameCadreTwiceWritesNothing() {
		CadreRef cadre = fixture.cadre(fixture.department());
		EnterpriseRef enterprise = fixture.enterprise("企业" + DirectoryFixture.token());

		assertThat(pairing.pair(enterprise.id(), cadre.id(), "admin", null)).isTrue();
		long audited = auditCount("enterprise", enterprise.id());
		assertThat(pairing.pair(enterprise.id(), cadre.id(), "admin", "again")).isFalse();

		assertThat(queries.history(enterprise.id(), ADMIN)).hasSize(1);
		assertThat(auditCount("enterprise", enterprise.id())).isEqualTo(audited);
	}

	@Test
	void inactiveCadresAreRefusedWithAClearMessage() {
		DepartmentRef department = fixture.department();
		CadreRef inactive = fixture.cadre(department, "停用干部" + DirectoryFixture.token(), false);
		EnterpriseRef enterprise = fixture.enterprise("企业" + DirectoryFixture.token());

		assertThatThrownBy(() -> pairing.pair(enterprise.id(), inactive.id(), "admin", null))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("cadreId");
				assertThat(ex.code()).isEqualTo("pairing.cadre.inactive");
				assertThat(ex.arguments()).containsExactly(inactive.name());
			});
		assertThat(queries.history(enterprise.id(), ADMIN)).isEmpty();
		assertThat(directory.enterprise(enterprise.id()).orElseThrow().cadreId()).isNull();
	}

	@Test
	void unknownEnterprisesAndCadresAreRefused() {
		CadreRef cadre = fixture.cadre(fixture.department());
		EnterpriseRef enterprise = fixture.enterprise("企业" + DirectoryFixture.token());

		assertThatThrownBy(() -> pairing.pair(Long.MAX_VALUE, cadre.id(), "admin", null))
			.isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> pairing.pair(enterprise.id(), Long.MAX_VALUE, "admin", null))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> assertThat(ex.field()).isEqualTo("cadreId"));
	}

	@Test
	void pairByKeysReportsWhatItDid() {
		DepartmentRef department = fixture.department();
		CadreRef first = fixture.cadre(department);
		CadreRef second = fixture.cadre(department);
		EnterpriseRef enterprise = fixture.enterprise("企业" + DirectoryFixture.token());

		assertThat(pairing.pairByKeys(enterprise.uscc().toLowerCase(), first.phone(), "importer"))
			.isEqualTo(Outcome.CREATED);
		assertThat(pairing.pairByKeys(enterprise.uscc(), "+86 " + first.phone(), "importer"))
			.isEqualTo(Outcome.UNCHANGED);
		assertThat(pairing.pairByKeys(enterprise.uscc(), second.phone(), "importer")).isEqualTo(Outcome.UPDATED);
		assertThat(queries.history(enterprise.id(), ADMIN)).extracting(PairingRecord::assignedBy)
			.containsOnly("importer");

		assertThatThrownBy(() -> pairing.pairByKeys(DirectoryFixture.uscc(), first.phone(), "importer"))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> assertThat(ex.field()).isEqualTo("uscc"));
		assertThatThrownBy(() -> pairing.pairByKeys(enterprise.uscc(), DirectoryFixture.mobile(), "importer"))
			.isInstanceOfSatisfying(RejectedFieldException.class,
					ex -> assertThat(ex.field()).isEqualTo("cadrePhone"));
	}

	@Test
	void bulkPairingAppliesToEveryMatchingEnterprise() {
		String token = DirectoryFixture.token();
		DepartmentRef department = fixture.department();
		CadreRef before = fixture.cadre(department);
		CadreRef after = fixture.cadre(department);
		EnterpriseRef paired = fixture.enterprise("企业" + token + "甲", "LINGYIN", "C", Set.of());
		EnterpriseRef unpaired = fixture.enterprise("企业" + token + "乙", "LINGYIN", "C", Set.of());
		EnterpriseRef elsewhere = fixture.enterprise("企业" + token + "丙", "SANDUN", "C", Set.of());
		pairing.pair(paired.id(), after.id(), "admin", null);
		pairing.pair(elsewhere.id(), before.id(), "admin", null);
		PairingFilter lingyin = new PairingFilter(token, "LINGYIN", null, null, null, null, null);

		assertThat(pairing.count(lingyin, ADMIN)).isEqualTo(2);
		assertThat(pairing.bulkPair(lingyin, after.id(), ADMIN, "片区调整")).isEqualTo(new BulkPairing(2, 1));

		assertThat(directory.enterprise(unpaired.id()).orElseThrow().cadreId()).isEqualTo(after.id());
		assertThat(directory.enterprise(elsewhere.id()).orElseThrow().cadreId()).isEqualTo(before.id());
		assertThat(queries.history(paired.id(), ADMIN)).hasSize(1);
	}

	@Test
	void unpairedEnterprisesAreFindable() {
		String token = DirectoryFixture.token();
		CadreRef cadre = fixture.cadre(fixture.department());
		EnterpriseRef paired = fixture.enterprise("企业" + token + "甲");
		EnterpriseRef unpaired = fixture.enterprise("企业" + token + "乙");
		pairing.pair(paired.id(), cadre.id(), "admin", null);

		assertThat(queries.search(PairingFilter.unpairedOnly(token), ADMIN, PageRequest.of(0, 10), Locale.CHINA)
			.getContent()).extracting(EnterpriseRow::id).containsExactly(unpaired.id());
		assertThat(pairing.count(PairingFilter.unpairedOnly(token), ADMIN)).isEqualTo(1);
	}

	@Test
	void onlyTheServiceCentrePairs() {
		CadreRef cadre = fixture.cadre(fixture.department());
		EnterpriseRef enterprise = fixture.enterprise("企业" + DirectoryFixture.token());

		assertThatThrownBy(() -> pairing.pair(enterprise.id(), cadre.id(), Viewer.department("h", 1), null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> pairing.pair(enterprise.id(), cadre.id(), Viewer.cadre("c", cadre.id()), null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> queries.history(enterprise.id(), Viewer.enterprise("e", enterprise.id())))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void concurrentReassignmentsLeaveExactlyOneOpenHistoryRow() throws Exception {
		DepartmentRef department = fixture.department();
		List<CadreRef> candidates = List.of(fixture.cadre(department), fixture.cadre(department),
				fixture.cadre(department), fixture.cadre(department));
		EnterpriseRef enterprise = fixture.enterprise("企业" + DirectoryFixture.token());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<Boolean>> results = new ArrayList<>();
		try {
			for (int round = 0; round < 3; round++) {
				for (CadreRef cadre : candidates) {
					Callable<Boolean> reassign = () -> {
						start.await();
						try {
							return pairing.pair(enterprise.id(), cadre.id(), "admin", null);
						}
						catch (ConcurrencyFailureException ex) {
							return false;
						}
					};
					results.add(pool.submit(reassign));
				}
			}
			start.countDown();
			for (Future<Boolean> result : results) {
				result.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		List<PairingRecord> history = queries.history(enterprise.id(), ADMIN);
		assertThat(history.stream().filter(PairingRecord::current)).hasSize(1);
		assertThat(history.get(0).current()).isTrue();
		assertThat(history.get(0).cadreId()).isEqualTo(directory.enterprise(enterprise.id()).orElseThrow().cadreId());
		assertThat(history.stream().filter(PairingRecord::current).findFirst().orElseThrow().cadreId())
			.isEqualTo(directory.enterprise(enterprise.id()).orElseThrow().cadreId());
	}

}
