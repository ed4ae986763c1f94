package org.zhuqi.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The attachment files on disk. Each file is named by a random storage key, never by the uploader's file name,
 * and kept two folder levels deep by the key's first four hex digits ({@code 3f/a9/3fa9…}) so that no folder
 * grows huge. Uploads are first written to {@code incoming/} and moved into place once accepted.
 */
@Component
class FileStore {

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

	private static final int COPY_BUFFER = 64 * 1024;

	private final Path root;

	private final Path incoming;

	private final SecureRandom random = new SecureRandom();

	FileStore(AttachmentProperties properties) {
		this.root = properties.dir().toAbsolutePath().normalize();
		this.incoming = root.resolve("incoming");
	}

	/**
	 * Writes the stream to a temporary file while counting and hashing it, stopping one byte past
	 * {@code maxBytes} (the caller refuses such a file and {@linkplain #discard discards} it).
	 */
	ReceivedFile receive(InputStream content, long maxBytes) {
		MessageDigest sha256 = sha256();
		Path temp;
		long size = 0;
		try {
			Files.createDirectories(incoming);
			temp = Files.createTempFile(incoming, "upload-", ".part");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (OutputStream out = Files.newOutputStream(temp)) {
			byte[] buffer = new byte[COPY_BUFFER];
			int read;
			while (size <= maxBytes && (read = content.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - size))) != -1) {
				out.write(buffer, 0, read);
				sha256.update(buffer, 0, read);
				size += read;
			}
		}
		catch (IOException ex) {
			discard(temp);
			throw new UncheckedIOException(ex);
		}
		return new ReceivedFile(temp, size, HexFormat.of().formatHex(sha256.digest()));
	}

	/**
	 * Moves an accepted upload into place under a new random key and returns the key. The content and the new
	 * name are forced to the disk first, so that a row committed afterwards never refers to a file a crash
	 * could still lose.
	 */
	String keep(ReceivedFile file) {
		String key = HexFormat.of().formatHex(bytes(16));
		Path target = path(key);
		try {
			try (FileChannel content = FileChannel.open(file.path(), StandardOpenOption.WRITE)) {
				content.force(true);
			}
			Files.createDirectories(target.getParent());
			Files.move(file.path(), target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		syncFolder(target.getParent());
		return key;
	}

	/**
	 * Makes the new name of a moved file durable, so that a crash right after the row commits cannot lose it.
	 * Only some systems can open a folder for this (Linux and macOS can, Windows cannot); elsewhere the move
	 * is as durable as the file system makes it.
	 */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// a folder cannot be opened or synced here: nothing more to do
		}
	}

	/** The file of a storage key, if it is there. */
	Optional<Path> find(String key) {
		if (!KEY.matcher(key).matches()) {
			return Optional.empty();
		}
		Path path = path(key);
		return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
	}

	/** Removes the file of a storage key; a file already gone is fine. */
	void delete(String key) {
		if (KEY.matcher(key).matches()) {
			discard(path(key));
		}
	}

	/** Removes a temporary or stored file; a file already gone is fine. */
	void discard(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Hands every file last modified before {@code cutoff} to one of the two consumers: stored files with their
	 * key, temporary uploads (and anything else that is no stored file) with their path.
	 */
	void forEachOlderThan(Instant cutoff, BiConsumer<String, Path> stored, Consumer<Path> other) {
		if (!Files.isDirectory(root)) {
			return;
		}
		try {
			Files.walkFileTree(root, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (!attributes.isRegularFile() || !attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
						return FileVisitResult.CONTINUE;
					}
					String name = file.getFileName().toString();
					if (KEY.matcher(name).matches() && file.equals(path(name))) {
						stored.accept(name, file);
					}
					else {
						other.accept(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
					if (ex instanceof NoSuchFileException) {
						return FileVisitResult.CONTINUE; // removed while walking
					}
					throw ex;
				}

			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where uploads wait until they are accepted. */
	Path incomingFolder() {
		return incoming;
	}

	Path path(String key) {
		return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
	}

	private byte[] bytes(int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
