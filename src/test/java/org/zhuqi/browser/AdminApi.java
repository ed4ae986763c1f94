package org.zhuqi.browser;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.zhuqi.directory.reference.Uscc;

/**
 * The JSON API as the demo administrator (HTTP Basic), for preparing the records a browser test then looks
 * for on the pages. Every record gets a unique credit code, because all tests of a run share one database.
 */
public final class AdminApi {

	private final RestClient client;

	public AdminApi(int port) {
		this.client = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + port)
			.defaultHeaders(headers -> headers.setBasicAuth("admin", "zhuqi-admin"))
			.build();
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
		String path = location.getPath();
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
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
