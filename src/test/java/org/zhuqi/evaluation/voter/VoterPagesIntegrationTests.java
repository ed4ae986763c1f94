package org.zhuqi.evaluation.voter;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.voter.VoterCredentials.Standing;
import org.zhuqi.evaluation.voter.VoterRoll.Enrolment;
import org.zhuqi.evaluation.voter.VoterRoll.Voter;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;
import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

/**
 * The voter roll pages as the service centre uses them: counting a directory filter, adding its enterprises once,
 * issuing the credentials as a ZIP whose PDF cards and SMS list carry tokens that match the stored hashes,
 * revoking and re-issuing, and nobody but the centre getting in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class VoterPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	VoterRoll roll;

	@Autowired
	VoterCredentials credentials;

	@Autowired
	CampaignSetup setup;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	EvaluationFixture fixture;

	Campaign campaign;

	String roll() {
		return "/evaluations/" + campaign.getId() + "/voters";
	}

	@BeforeEach
	void setUp() {
		fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		campaign = fixture.draft(List.of(fixture.department("区市场监管局")), List.of());
	}

	@Test
	void countsTheFilterThenAddsItsEnterprisesOnceAndAddingAgainAddsNone() throws Exception {
		String tag = "评议" + System.nanoTime() % 1_000_000_000L;
		List<Long> tagged = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			tagged.add(taggedEnterprise("名册筛选企业" + i + tag, tag));
		}
		mvc.perform(post(roll() + "/add-one").param("enterpriseId", String.valueOf(tagged.get(0)))
			.param("representativeName", "李代表")
			.with(as(CENTRE))
			.with(csrf())).andExpect(redirectedUrl(roll())).andExpect(flash().attribute("message", "evaluation.voters.addedOne"));

		mvc.perform(get(roll() + "/add").param("check", "1").param("tag", tag).param("street", "XIXI").with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("将添加 3 家企业，其中 1 家已在名单中（实际新增 2 家）。")))
			.andExpect(content().string(containsString("name=\"expected\" value=\"2\"")));

		mvc.perform(post(roll() + "/add").param("tag", tag).param("expected", "5").with(as(CENTRE)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("符合条件的企业或名册已有变化")));
		assertThat(onRoll()).hasSize(1);

		mvc.perform(post(roll() + "/add").param("tag", tag).param("expected", "2").with(as(CENTRE)).with(csrf()))
			.andExpect(redirectedUrl(roll()))
			.andExpect(flash().attribute("message", "evaluation.voters.added"))
			.andExpect(flash().attribute("messageArguments", List.of(2, 1)));
		mvc.perform(post(roll() + "/add").param("tag", tag).param("expected", "0").with(as(CENTRE)).with(csrf()))
			.andExpect(flash().attribute("messageArguments", List.of(0, 3)));

		assertThat(onRoll()).extracting(Voter::enterpriseId).containsExactlyInAnyOrderElementsOf(tagged);
		assertThat(onRoll()).extracting(Voter::representativeName).containsOnlyOnce("李代表");
		mvc.perform(get(roll()).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("名册筛选企业2" + tag)))
			.andExpect(content().string(containsString("id=\"count-enrolled\">3<")))
			.andExpect(content().string(containsString("id=\"count-waiting\">3<")));
		mvc.perform(get(roll()).param("q", "李代表").header("HX-Request", "true").with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("名册筛选企业0" + tag)))
			.andExpect(content().string(not(containsString("名册筛选企业1" + tag))));
	}

	@Test
	void refusesARepresentativeNameOverFiftyCharactersAndAnEmptyRollShowsHowToStart() throws Exception {
		long enterprise = fixture.enterprise("代表过长企业" + System.nanoTime());
		mvc.perform(post(roll() + "/add-one").param("enterpriseId", String.valueOf(enterprise))
			.param("representativeName", "长".repeat(51))
			.with(as(CENTRE))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("企业代表姓名最多 50 个字。")));
		assertThat(onRoll()).isEmpty();
		mvc.perform(get(roll()).with(as(CENTRE)))
			.andExpect(content().string(containsString("名册中还没有投票人。")))
			.andExpect(content().string(containsString("从企业名录添加投票企业")));
	}

	@Test
	void issuesEveryWaitingCredentialAsAZipOfCardsAndSmsListWhoseTokensMatchTheStoredHashes() throws Exception {
		enrol(3);
		MockHttpServletResponse response = mvc
			.perform(post(roll() + "/credentials").with(as(CENTRE)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("application/zip");
		assertThat(URLDecoder.decode(response.getHeader("Content-Disposition"), StandardCharsets.UTF_8))
			.startsWith("attachment").contains("评议凭证-" + campaign.getName() + ".zip");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");

		Map<String, byte[]> files = unzip(response.getContentAsByteArray());
		String pdfName = "评议凭证-" + campaign.getName() + ".pdf";
		String xlsxName = "短信名单-" + campaign.getName() + ".xlsx";
		assertThat(files).containsOnlyKeys(pdfName, xlsxName);

		Set<String> smsLinks = smsLinks(files.get(xlsxName));
		Set<String> scanned = qrCodes(files.get(pdfName));
		assertThat(smsLinks).hasSize(3).isEqualTo(scanned).allMatch(link -> link.startsWith("http://localhost/vote/"));
		Set<String> storedHashes = new TreeSet<>(jdbc
			.sql("select credential_hash from evaluation_voter where campaign_id = :campaign")
			.param("campaign", campaign.getId())
			.query(String.class)
			.list());
		Set<String> tokenHashes = new TreeSet<>();
		for (String link : smsLinks) {
			String token = link.substring(link.lastIndexOf('/') + 1);
			tokenHashes.add(CredentialTokens.digest(token));
			assertThat(credentials.check(campaign.getId(), token).standing()).isEqualTo(Standing.VALID);
		}
		assertThat(tokenHashes).isEqualTo(storedHashes);

		mvc.perform(post(roll() + "/credentials").with(as(CENTRE)).with(csrf()))
			.andExpect(redirectedUrl(roll()))
			.andExpect(flash().attribute("refusal", "evaluation.voters.issue.none"));
		mvc.perform(get(roll()).with(as(CENTRE)))
			.andExpect(content().string(containsString("id=\"count-issued\">3<")))
			.andExpect(content().string(not(containsString("id=\"voters-issue\""))));
	}

	@Test
	void revokesACredentialSoThatItNoLongerCounts() throws Exception {
		List<String> tokens = fixture.voters(campaign.getId(), 2);
		Voter voter = voterOf(tokens.get(0));

		mvc.perform(post(roll() + "/" + voter.id() + "/revoke").with(as(CENTRE)).with(csrf()))
			.andExpect(redirectedUrl(roll()))
			.andExpect(flash().attribute("message", "evaluation.voters.revoked"));

		assertThat(credentials.check(campaign.getId(), tokens.get(0)).standing()).isEqualTo(Standing.REVOKED);
		assertThat(credentials.check(campaign.getId(), tokens.get(1)).standing()).isEqualTo(Standing.VALID);
		mvc.perform(get(roll()).param("state", "REVOKED").with(as(CENTRE)))
			.andExpect(content().string(containsString("id=\"count-revoked\">1<")))
			.andExpect(content().string(containsString("data-voter=\"" + voter.id() + "\"")));
	}

	@Test
	void reissuesALostCredentialInADraftSoThatOnlyTheNewOneWorks() throws Exception {
		List<String> tokens = fixture.voters(campaign.getId(), 1);
		Voter voter = voterOf(tokens.get(0));

		byte[] zip = mvc.perform(post(roll() + "/" + voter.id() + "/reissue").with(as(CENTRE)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		Set<String> links = smsLinks(unzip(zip).get("短信名单-" + campaign.getName() + ".xlsx"));
		assertThat(links).hasSize(1);
		String link = links.iterator().next();
		String newToken = link.substring(link.lastIndexOf('/') + 1);
		assertThat(newToken).isNotEqualTo(tokens.get(0));
		assertThat(credentials.check(campaign.getId(), newToken).standing()).isEqualTo(Standing.VALID);
		assertThat(credentials.check(campaign.getId(), tokens.get(0)).standing()).isEqualTo(Standing.UNKNOWN);
	}

	@Test
	void refusesToReissueOnceTheCampaignIsOpenOrAKeypadIsRegistered() throws Exception {
		List<String> tokens = fixture.voters(campaign.getId(), 1);
		Voter voter = voterOf(tokens.get(0));
		jdbc.sql("""
				insert into evaluation_keypad (campaign_id, keypad, voter_key, registered_by, registered_at)
				values (:campaign, 'K1', :key, 'admin', :now)""")
			.param("campaign", campaign.getId())
			.param("key", "0".repeat(64))
			.param("now", OffsetDateTime.now())
			.update();
		mvc.perform(post(roll() + "/" + voter.id() + "/reissue").with(as(CENTRE)).with(csrf()))
			.andExpect(redirectedUrl(roll()))
			.andExpect(flash().attribute("refusal", "evaluation.voters.reissue.keypads"));
		jdbc.sql("delete from evaluation_keypad where campaign_id = :campaign").param("campaign", campaign.getId()).update();

		fixture.open(campaign);
		mvc.perform(post(roll() + "/" + voter.id() + "/reissue").with(as(CENTRE)).with(csrf()))
			.andExpect(redirectedUrl(roll()))
			.andExpect(flash().attribute("refusal", "evaluation.voters.reissue.notDraft"));
		assertThat(credentials.check(campaign.getId(), tokens.get(0)).standing()).isEqualTo(Standing.VALID);
		mvc.perform(get(roll()).with(as(CENTRE)))
			.andExpect(content().string(not(containsString("/reissue"))))
			.andExpect(content().string(containsString("活动已开启，不能再补发凭证")));
	}

	@Test
	void refusesToAddVotersOnceTheCampaignHasClosed() throws Exception {
		long enterprise = fixture.enterprise("结束后添加" + System.nanoTime());
		fixture.open(campaign);
		fixture.close(campaign.getId());
		mvc.perform(post(roll() + "/add-one").param("enterpriseId", String.valueOf(enterprise)).with(as(CENTRE)).with(csrf()))
			.andExpect(redirectedUrl(roll()))
			.andExpect(flash().attribute("refusal", "evaluation.voter.rollClosed"));
		mvc.perform(get(roll() + "/add").with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能再调整投票人名单或发放凭证")))
			.andExpect(content().string(not(containsString("id=\"voters-filter\""))));
		assertThat(onRoll()).isEmpty();
	}

	@Test
	void keepsTheRollToTheServiceCentre() throws Exception {
		enrol(1);
		for (Viewer other : List.of(Viewer.department("dept-voters", 1L), Viewer.enterprise("ent-voters", 1L))) {
			mvc.perform(get(roll()).with(as(other))).andExpect(status().isForbidden());
			mvc.perform(get(roll() + "/add").with(as(other))).andExpect(status().isForbidden());
			mvc.perform(post(roll() + "/add").param("expected", "0").with(as(other)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post(roll() + "/credentials").with(as(other)).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post(roll() + "/" + onRoll().get(0).id() + "/revoke").with(as(other)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(onRoll().get(0).issuedAt()).isNull();
		assertThat(onRoll().get(0).revokedAt()).isNull();
	}

	private long taggedEnterprise(String name, String tag) {
		long id = fixture.enterprise(name);
		jdbc.sql("insert into enterprise_tag (enterprise_id, tag) values (:id, :tag)")
			.param("id", id)
			.param("tag", tag)
			.update();
		return id;
	}

	private void enrol(int count) {
		List<Enrolment> enrolments = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			enrolments.add(new Enrolment(fixture.enterprise("凭证企业" + i + "-" + TestDirectory.uniqueUscc()), "代表" + i));
		}
		roll.enrol(campaign.getId(), enrolments, CENTRE);
	}

	private List<Voter> onRoll() {
		return roll.voters(campaign.getId(), CENTRE);
	}

	private Voter voterOf(String token) {
		long id = jdbc.sql("select id from evaluation_voter where credential_hash = :hash")
			.param("hash", CredentialTokens.digest(token))
			.query(Long.class)
			.single();
		return onRoll().stream().filter(voter -> voter.id() == id).findFirst().orElseThrow();
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	/** The links in the SMS list's link column (the fifth), below the header. */
	private static Set<String> smsLinks(byte[] xlsx) throws IOException {
		Set<String> links = new TreeSet<>();
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				if (row.getRowNum() > 0) {
					links.add(formatter.formatCellValue(row.getCell(4)));
				}
			}
		}
		return links;
	}

	/** Every QR code on the PDF's pages, as a phone would read them from a 150 dpi print. */
	private static Set<String> qrCodes(byte[] pdf) throws Exception {
		Set<String> scanned = new TreeSet<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				BufferedImage image = renderer.renderImageWithDPI(page, 150, ImageType.GRAY);
				BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
				try {
					Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap,
							Map.of(DecodeHintType.TRY_HARDER, true));
					Arrays.stream(results).map(Result::getText).forEach(scanned::add);
				}
				catch (NotFoundException ex) {
					// a page without a code adds nothing
				}
			}
		}
		return scanned;
	}

}
