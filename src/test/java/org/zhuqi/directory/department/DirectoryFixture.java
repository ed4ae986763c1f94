package org.zhuqi.directory.department;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.zhuqi.directory.CadreRef;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseRef;
import org.zhuqi.directory.cadre.CadreDetails;
import org.zhuqi.directory.cadre.CadreService;
import org.zhuqi.directory.enterprise.EnterpriseDetails;
import org.zhuqi.directory.enterprise.EnterpriseService;
import org.zhuqi.directory.reference.SizeClass;
import org.zhuqi.directory.reference.Uscc;

/**
 * Creates departments, cadres and enterprises with unique keys for integration tests, which share one
 * database with the demo data and with each other.
 */
public class DirectoryFixture {

	public static final String ACTOR = "fixture";

	private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000));

	private static final long PHONE_BASE = ThreadLocalRandom.current().nextLong(10_000_000, 80_000_000);

	private final DepartmentService departments;

	private final CadreService cadres;

	private final EnterpriseService enterprises;

	private final Directory directory;

	public DirectoryFixture(DepartmentService departments, CadreService cadres, EnterpriseService enterprises,
			Directory directory) {
		this.departments = departments;
		this.cadres = cadres;
		this.enterprises = enterprises;
		this.directory = directory;
	}

	/** A fresh department code such as {@code T-5K2J9}. */
	public static String code() {
		return "T-" + Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase();
	}

	/** A fresh, valid mobile number. */
	public static String mobile() {
		return "139" + String.format("%08d", (PHONE_BASE + SEQUENCE.incrementAndGet()) % 100_000_000);
	}

	/** A fresh, valid unified social credit code. */
	public static String uscc() {
		StringBuilder first17 = new StringBuilder("91330106");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (first17.length() < 17) {
			first17.append(Uscc.ALPHABET.charAt(random.nextInt(Uscc.ALPHABET.length())));
		}
		return first17.toString() + Uscc.checkCharacter(first17);
	}

	/** A word no other record contains, to search for exactly the records a test made. */
	public static String token() {
		return "测" + Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase();
	}

	public DepartmentRef department() {
		return department("测试局" + token(), true);
	}

	public DepartmentRef department(String name, boolean active) {
		String code = code();
		departments.upsert(new DepartmentDetails(code, name, DepartmentKind.BUREAU, active), ACTOR);
		return directory.departmentByCode(code).orElseThrow();
	}

	public CadreRef cadre(DepartmentRef department) {
		return cadre(department, "干部" + token(), true);
	}

	public CadreRef cadre(DepartmentRef department, String name, boolean active) {
		String phone = mobile();
		cadres.upsert(new CadreDetails(name, department.code(), phone, null, active), ACTOR);
		return directory.cadreByPhone(phone).orElseThrow();
	}

	public EnterpriseRef enterprise(String name) {
		return enterprise(name, "XIHU", "I", Set.of());
	}

	public EnterpriseRef enterprise(String name, String street, String industry, Set<String> tags) {
		String uscc = uscc();
		enterprises.upsert(new EnterpriseDetails(uscc, name, street, industry, SizeClass.SMALL,
				new BigDecimal("1000000.00"), LocalDate.of(2015, 6, 1), "联系人", mobile(), tags), ACTOR);
		return directory.enterpriseByUscc(uscc).orElseThrow();
	}

}
