package org.zhuqi.browser;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.zhuqi.directory.reference.Uscc;

/**
 * The JSON API as the demo administrator (HTTP Basic), for preparing the records a browser test then looks
 * for on the pages. Every record gets a unique credit code, because all tests of a run share one database.
 */
public final class AdminApi {

	private static final ParameterizedTypeReference<Map<String, Object>> PAGE = new ParameterizedTypeReference<>() {
	};

	private final RestClient client;

	public AdminApi(int port) {
		this.client = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + port)
			.defaultHeaders(headers -> headers.setBasicAuth("admin", "zhuqi-admin"))
			.build();
	}

	/** The district's problem figures, {@code GET /api/v1/stats/demands}, as the centre sees them. */
	public Map<String, Object> demandFigures() {
		return client.get().uri("/api/v1/stats/demands").retrieve().body(PAGE);
	}

	/** The figures of the benefit policies, {@code GET /api/v1/stats/policies}, as the centre sees them. */
	public Map<String, Object> policyFigures() {
		return client.get().uri("/api/v1/stats/policies").retrieve().body(PAGE);
	}

	/** Registers a small software company in 西湖街道 under this name and returns its id. */
	public long registerEnterprise(String name) {
		Map<String, Object> enterprise = Map.of("name", name, "uscc", newUscc(), "streetCode", "XIHU",
				"industryCode", "I", "sizeClass", "SMALL", "registeredCapital", 1_000_000, "foundedOn", "2020-05-01",
				"contactName", "王测试", "contactPhone", "13812345678", "tags", List.of("专精特新"));
		URI location = client.post()
			.uri("/api/v1/enterprises")
			.contentType(MediaType.APPLICATION_JSON)
			.body(enterprise)
			.retrieve()
			.toBodilessEntity()
			.getHeaders()
			.getLocation();
		return idOf(location);
	}

	/** Adds an active liaison cadre of the department with this code and returns its id. */
	public long registerCadre(String name, String departmentCode, String phone) {
		Map<String, Object> cadre = Map.of("name", name, "departmentCode", departmentCode, "phone", phone, "title",
				"科员", "active", true);
		return idOf(client.post()
			.uri("/api/v1/cadres")
			.contentType(MediaType.APPLICATION_JSON)
			.body(cadre)
			.retrieve()
			.toBodilessEntity()
			.getHeaders()
			.getLocation());
	}

	/** The id of the cadre with this phone. */
	public long cadreIdByPhone(String phone) {
		List<Map<String, Object>> found = content(client.get()
			.uri("/api/v1/cadres?q={phone}", phone)
			.retrieve()
			.body(PAGE));
		return found.stream()
			.filter(cadre -> phone.equals(cadre.get("phone")))
			.map(cadre -> ((Number) cadre.get("id")).longValue())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no cadre with phone " + phone));
	}

	/** The names of the enterprises paired with a cadre, as the administrator's filter lists them. */
	public List<String> enterpriseNamesPairedWith(long cadreId) {
		return content(client.get()
			.uri("/api/v1/enterprises?cadre={cadre}&size=200", cadreId)
			.retrieve()
			.body(PAGE)).stream().map(enterprise -> (String) enterprise.get("name")).toList();
	}

	/** The same code with another check character, so wrong by exactly that character. */
	public static String withWrongCheckCharacter(String uscc) {
		char right = uscc.charAt(Uscc.LENGTH - 1);
		char wrong = Uscc.ALPHABET.charAt((Uscc.ALPHABET.indexOf(right) + 1) % Uscc.ALPHABET.length());
		return uscc.substring(0, Uscc.LENGTH - 1) + wrong;
	}

	/**
	 * A random mainland mobile number (139 and eight digits); cadres are identified by their phone, so each
	 * test cadre needs its own.
	 */
	public static String newMobile() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	private static long idOf(URI location) {
		String path = location.getPath();
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> content(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("content");
	}

	/** A well-formed, random unified social credit code of a Hangzhou Xihu company (9133 0106 ...). */
	public static String newUscc() {
		StringBuilder code = new StringBuilder("91330106");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (code.length() < Uscc.LENGTH - 1) {
			code.append(Uscc.ALPHABET.charAt(random.nextInt(Uscc.ALPHABET.length())));
		}
		return code.append(Uscc.checkCharacter(code)).toString();
	}

}
