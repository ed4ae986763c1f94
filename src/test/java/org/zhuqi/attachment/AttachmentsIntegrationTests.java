package org.zhuqi.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.zhuqi.audit.AuditEntry;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * Storing, listing and opening attachments against the real database and a real folder, inside and outside
 * owners' transactions, and the sweep of files no row refers to.
 */
@SpringBootTest
@ActiveProfiles("test")
class AttachmentsIntegrationTests {

	@Autowired
	Attachments attachments;

	@Autowired
	FileStore files;

	@Autowired
	OrphanSweep sweep;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void storesListsAndOpensTheSameBytesWithTheirSha256() throws Exception {
		long owner = TestOwner.newId();
		byte[] pdf = TestFiles.pdf();
		AttachmentRef stored = attachments.store(TestOwner.TYPE, owner, "营业执照.pdf", pdf, "enterprise-user");

		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
		assertThat(stored.sha256()).isEqualTo(sha256(pdf));
		assertThat(attachments.list(TestOwner.TYPE, owner)).containsExactly(stored);

		StoredFile file = attachments.open(stored.id()).orElseThrow();
		assertThat(file.attachment()).isEqualTo(stored);
		try (InputStream in = file.openStream()) {
			byte[] read = in.readAllBytes();
			assertThat(read).isEqualTo(pdf);
			assertThat(sha256(read)).isEqualTo(stored.sha256());
		}
	}

	@Test
	void keepsTheFileUnderARandomKeyNotUnderItsName() {
		AttachmentRef stored = attachments.store(TestOwner.TYPE, TestOwner.newId(), "现场照片.png", TestFiles.png(), "u");
		String key = storageKey(stored.id());
		assertThat(key).matches("[0-9a-f]{32}");
		assertThat(files.find(key)).hasValueSatisfying(path -> assertThat(path.getFileName().toString()).isEqualTo(key));
	}

	@Test
	void recordsTheUploadInTheOwnersHistory() {
		long owner = TestOwner.newId();
		attachments.store(TestOwner.TYPE, owner, "说明.txt", TestFiles.utf8Text(), "cadre-user");
		assertThat(audit.history(TestOwner.TYPE, owner, 10)).extracting(AuditEntry::action, AuditEntry::actor,
				AuditEntry::detail)
			.containsExactly(tuple("attachment-added", "cadre-user", "说明.txt"));
	}

	@Test
	void storesTheDetectedTypeNotTheOneTheBrowserClaimed() {
		long owner = TestOwner.newId();
		MultipartFile upload = new MockMultipartFile("attachments", "图表.png", "text/html", TestFiles.png());
		List<AttachmentRef> stored = attachments.storeAll(TestOwner.TYPE, owner, List.of(upload), "u");
		assertThat(stored).singleElement().extracting(AttachmentRef::contentType).isEqualTo("image/png");
	}

	@Test
	void acceptsOfficeFilesOfBothGenerations() {
		long owner = TestOwner.newId();
		attachments.store(TestOwner.TYPE, owner, "方案.docx", TestFiles.docx(), "u");
		attachments.store(TestOwner.TYPE, owner, "数据.xlsx", TestFiles.xlsx(), "u");
		attachments.store(TestOwner.TYPE, owner, "汇报.pptx", TestFiles.pptx(), "u");
		attachments.store(TestOwner.TYPE, owner, "旧表.xls", TestFiles.xls(), "u");
		assertThat(attachments.list(TestOwner.TYPE, owner)).extracting(AttachmentRef::kind)
			.containsExactly("DOCX", "XLSX", "PPTX", "XLS");
	}

	@Test
	void refusesAnEmptyFileAndOneOverTheLimitLeavingNothingBehind() throws IOException {
		long owner = TestOwner.newId();
		long incoming = incomingFiles();
		assertRefused(() -> attachments.store(TestOwner.TYPE, owner, "空.pdf", new byte[0], "u"), "attachment.empty");
		byte[] tooLarge = new byte[(int) attachments.limits().maxFileSizeBytes() + 1];
		System.arraycopy(TestFiles.pdf(), 0, tooLarge, 0, TestFiles.pdf().length);
		assertRefused(() -> attachments.store(TestOwner.TYPE, owner, "大.pdf", tooLarge, "u"), "attachment.tooLarge");
		assertThat(attachments.list(TestOwner.TYPE, owner)).isEmpty();
		assertThat(incomingFiles()).isEqualTo(incoming);
	}

	@Test
	void refusesAProgramNamedAsAPicture() {
		assertRefused(() -> attachments.store(TestOwner.TYPE, TestOwner.newId(), "截图.png", TestFiles.exe(), "u"),
				"attachment.typeNotAllowed");
	}

	@Test
	void refusesMoreFilesThanTheLimitPerRecord() {
		long owner = TestOwner.newId();
		int max = attachments.limits().maxFilesPerOwner();
		for (int i = 0; i < max; i++) {
			attachments.store(TestOwner.TYPE, owner, "记录" + i + ".txt", TestFiles.utf8Text(), "u");
		}
		assertThatThrownBy(() -> attachments.store(TestOwner.TYPE, owner, "多余.txt", TestFiles.utf8Text(), "u"))
			.asInstanceOf(type(RejectedFieldException.class))
			.satisfies(ex -> {
				assertThat(ex.code()).isEqualTo("attachment.tooMany");
				assertThat(ex.arguments()).containsExactly(max, max, 1);
			});
	}

	@Test
	void storesAllChosenFilesOrNoneAndSkipsTheEmptyPartOfAnUnusedInput() throws IOException {
		long owner = TestOwner.newId();
		MultipartFile nothingChosen = new MockMultipartFile("attachments", "", "application/octet-stream", new byte[0]);
		MultipartFile pdf = new MockMultipartFile("attachments", "申请书.pdf", "application/pdf", TestFiles.pdf());
		MultipartFile svg = new MockMultipartFile("attachments", "logo.png", "image/png", TestFiles.svg());
		assertThat(attachments.storeAll(TestOwner.TYPE, owner, List.of(nothingChosen), "u")).isEmpty();

		long incoming = incomingFiles();
		assertRefused(() -> attachments.storeAll(TestOwner.TYPE, owner, List.of(pdf, svg), "u"),
				"attachment.typeNotAllowed");
		assertThat(attachments.list(TestOwner.TYPE, owner)).isEmpty();
		assertThat(incomingFiles()).isEqualTo(incoming);

		assertThat(attachments.storeAll(TestOwner.TYPE, owner, List.of(pdf, nothingChosen), "u")).hasSize(1);
	}

	@Test
	void letsAnOwnerCarryOnInItsTransactionAfterARefusal() {
		long owner = TestOwner.newId();
		transactions.executeWithoutResult(tx -> {
			assertRefused(() -> attachments.store(TestOwner.TYPE, owner, "坏.pdf", TestFiles.html(), "u"),
					"attachment.typeNotAllowed");
			attachments.store(TestOwner.TYPE, owner, "好.pdf", TestFiles.pdf(), "u");
		});
		assertThat(attachments.list(TestOwner.TYPE, owner)).extracting(AttachmentRef::fileName).containsExactly("好.pdf");
	}

	@Test
	void removesTheFileWhenTheOwnersTransactionRollsBack() {
		long owner = TestOwner.newId();
		String key = transactions.execute(tx -> {
			AttachmentRef stored = attachments.store(TestOwner.TYPE, owner, "撤回.pdf", TestFiles.pdf(), "u");
			String storageKey = storageKey(stored.id());
			assertThat(files.find(storageKey)).isPresent();
			tx.setRollbackOnly();
			return storageKey;
		});
		assertThat(attachments.list(TestOwner.TYPE, owner)).isEmpty();
		assertThat(files.find(key)).isEmpty();
	}

	@Test
	void sweepsOldFilesWithoutARowButKeepsRecordedAndFreshOnes() throws IOException {
		AttachmentRef recorded = attachments.store(TestOwner.TYPE, TestOwner.newId(), "证据.pdf", TestFiles.pdf(), "u");
		String recordedKey = storageKey(recorded.id());
		// a crash between writing the file and committing its row leaves a file no row refers to
		String orphan = files.keep(files.receive(new ByteArrayInputStream(TestFiles.pdf()), 1_000_000));
		String freshOrphan = files.keep(files.receive(new ByteArrayInputStream(TestFiles.pdf()), 1_000_000));
		Path halfReceived = files.receive(new ByteArrayInputStream(TestFiles.png()), 1_000_000).path();
		FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
		Files.setLastModifiedTime(files.path(recordedKey), twoDaysAgo);
		Files.setLastModifiedTime(files.path(orphan), twoDaysAgo);
		Files.setLastModifiedTime(halfReceived, twoDaysAgo);

		assertThat(sweep.sweep()).isGreaterThanOrEqualTo(2);

		assertThat(files.find(orphan)).isEmpty();
		assertThat(halfReceived).doesNotExist();
		assertThat(files.find(recordedKey)).isPresent();
		assertThat(files.find(freshOrphan)).isPresent();
		files.delete(freshOrphan);
	}

	@Test
	void deletesAnAttachmentAndItsFileAfterCommit() {
		long owner = TestOwner.newId();
		AttachmentRef stored = attachments.store(TestOwner.TYPE, owner, "错传.pdf", TestFiles.pdf(), "u");
		String key = storageKey(stored.id());
		assertThat(attachments.delete(stored.id(), "admin")).isTrue();
		assertThat(attachments.find(stored.id())).isEmpty();
		assertThat(files.find(key)).isEmpty();
		assertThat(attachments.delete(stored.id(), "admin")).isFalse();
		assertThat(audit.history(TestOwner.TYPE, owner, 10)).extracting(AuditEntry::action)
			.containsExactly("attachment-removed", "attachment-added");
	}

	private String storageKey(long id) {
		return jdbc.sql("select storage_key from attachment where id = :id").param("id", id).query(String.class).single();
	}

	private long incomingFiles() throws IOException {
		Path incoming = files.incomingFolder();
		if (!Files.isDirectory(incoming)) {
			return 0;
		}
		try (Stream<Path> listing = Files.list(incoming)) {
			return listing.count();
		}
	}

	private static void assertRefused(Runnable action, String code) {
		assertThatThrownBy(action::run).asInstanceOf(type(RejectedFieldException.class))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo(Attachments.FIELD))
			.extracting(RejectedFieldException::code)
			.isEqualTo(code);
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
