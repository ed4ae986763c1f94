package org.zhuqi.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files on disk: hashed while received, cut off just past the limit, kept under a random key in sharded folders.
 */
class FileStoreTests {

	@TempDir
	Path dir;

	private FileStore store() {
		return new FileStore(new AttachmentProperties(dir, DataSize.ofMegabytes(10), 5, Duration.ofHours(1), true,
				Duration.ofHours(6)));
	}

	@Test
	void receivesAStreamCountingAndHashingIt() throws Exception {
		ReceivedFile received = store().receive(new ByteArrayInputStream("abc".getBytes()), 100);
		assertThat(received.sizeBytes()).isEqualTo(3);
		assertThat(received.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(received.path()).startsWith(dir.resolve("incoming"));
	}

	@Test
	void stopsReadingJustPastTheLimit() {
		ReceivedFile received = store().receive(new ByteArrayInputStream(new byte[5000]), 1000);
		assertThat(received.sizeBytes()).isEqualTo(1001);
	}

	@Test
	void keepsAFileUnderARandomKeyInTwoLevelsOfFolders() throws IOException {
		FileStore store = store();
		String key = store.keep(store.receive(new ByteArrayInputStream(TestFiles.png()), 100_000));
		assertThat(key).matches("[0-9a-f]{32}");
		Path kept = dir.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
		assertThat(kept).exists();
		assertThat(Files.readAllBytes(kept)).isEqualTo(TestFiles.png());
		assertThat(store.find(key)).contains(kept);
		assertThat(store.find("../../etc/passwd")).isEmpty();
		store.delete(key);
		assertThat(store.find(key)).isEmpty();
	}

	@Test
	void listsOnlyFilesOlderThanTheCutoffSortedIntoStoredAndOther() throws IOException {
		FileStore store = store();
		String old = store.keep(store.receive(new ByteArrayInputStream(new byte[] { 1 }), 10));
		String fresh = store.keep(store.receive(new ByteArrayInputStream(new byte[] { 2 }), 10));
		Path part = store.receive(new ByteArrayInputStream(new byte[] { 3 }), 10).path();
		Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
		Files.setLastModifiedTime(store.path(old), FileTime.from(twoHoursAgo));
		Files.setLastModifiedTime(part, FileTime.from(twoHoursAgo));
		List<String> stored = new ArrayList<>();
		List<Path> other = new ArrayList<>();
		store.forEachOlderThan(Instant.now().minus(Duration.ofHours(1)), (key, path) -> stored.add(key), other::add);
		assertThat(stored).containsExactly(old).doesNotContain(fresh);
		assertThat(other).containsExactly(part);
		assertThat(HexFormat.of().parseHex(old)).hasSize(16);
	}

}
