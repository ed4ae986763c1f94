package org.zhuqi.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * The attachment module's public face: stores files for a record of another module (its owner, named by an
 * owner type such as {@code demand} and the record's id), lists them, opens them for download.
 * <p>
 * Owners store files after their record has an id, in the same transaction:
 *
 * <pre>{@code
 * @Transactional
 * public long file(FilingForm form, Viewer viewer) {
 *     Demand demand = repository.save(...);                       // checks of the owner's own rules first
 *     attachments.storeAll("demand", demand.getId(), form.getAttachments(), viewer.username());
 *     return demand.getId();
 * }
 * }</pre>
 *
 * A controller catches the {@link RejectedFieldException} and shows it beside the file input
 * ({@code result.rejectValue(ex.field(), ex.code(), ex.arguments(), ex.code())}); the owner's transaction rolls
 * back with it. Files added later to an existing record go through {@link #add}, which asks the owner's
 * {@link AttachmentAccess} (the shared page fragment {@code attachment/fragments :: panel} posts there).
 * <p>
 * No file is lost on a crash: the bytes are written and forced to disk first, the metadata row is written in
 * the transaction, so a committed row always has its file. The reverse leftovers are cleaned up: when the
 * transaction rolls back its files are removed at once, and a file left behind by a crash between the disk
 * write and the commit (no row refers to it) is removed by the {@link OrphanSweep} once it is older than
 * {@code zhuqi.attachments.orphan-grace}.
 * <p>
 * Every refusal is a {@link RejectedFieldException} on field {@value #FIELD} whose message names the file
 * (empty, too large, type not allowed with the detected type, name not matching the content, too many files).
 * All checks run before anything is written to the database, and a refusal does not mark the caller's
 * transaction rollback-only: an owner may catch it and carry on. The methods without a {@link Viewer} check
 * nobody: owners store, list and open files for viewers they have checked themselves. The methods with a
 * viewer, and the download link, ask the owner's {@link AttachmentAccess}.
 */
@Service
public class Attachments {

	/** The form field every refusal is reported on; name the file input of an owner's form so. */
	public static final String FIELD = UploadRules.FIELD;

	private static final Logger log = LoggerFactory.getLogger(Attachments.class);

	private static final Pattern OWNER_TYPE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

	private final AttachmentRecords records;

	private final FileStore files;

	private final ContentSniffer sniffer;

	private final UploadRules rules;

	private final AuditLog audit;

	private final Clock clock;

	private final AttachmentLimits limits;

	private final OwnerAccess access;

	Attachments(AttachmentRecords records, FileStore files, AttachmentProperties properties, AuditLog audit,
			Clock clock, OwnerAccess access) {
		this.records = records;
		this.files = files;
		this.access = access;
		this.sniffer = new ContentSniffer();
		this.rules = new UploadRules(properties.maxFileSize().toBytes());
		this.audit = audit;
		this.clock = clock;
		this.limits = new AttachmentLimits(properties.maxFileSize().toBytes(), properties.maxFilesPerOwner(),
				AllowedType.acceptList());
	}

	/** The size and count limits and the accepted extensions, for hints beside a file input. */
	public AttachmentLimits limits() {
		return limits;
	}

	/**
	 * Checks and stores one file of a record.
	 * @param ownerType the kind of record: lower case letters, digits and {@code -}, at most 32 characters
	 * @param ownerId the record's id
	 * @param fileName the name the uploader gave the file
	 * @param content the bytes, read to the end (or to just past the size limit); the caller closes the stream
	 * @param uploadedBy the uploader's login name
	 * @throws RejectedFieldException on field {@value #FIELD} when the file is refused
	 */
	@Transactional(noRollbackFor = RejectedFieldException.class)
	public AttachmentRef store(String ownerType, long ownerId, String fileName, InputStream content,
			String uploadedBy) {
		checkOwnerType(ownerType);
		String name = UploadRules.fileName(fileName);
		refuseMoreThan(ownerType, ownerId, 1);
		Accepted accepted = accept(name, content);
		return save(ownerType, ownerId, accepted, uploadedBy);
	}

	/** {@link #store(String, long, String, InputStream, String)} for content already in memory. */
	@Transactional(noRollbackFor = RejectedFieldException.class)
	public AttachmentRef store(String ownerType, long ownerId, String fileName, byte[] content, String uploadedBy) {
		return store(ownerType, ownerId, fileName, new ByteArrayInputStream(content), uploadedBy);
	}

	/**
	 * Checks and stores the files of a multipart form field, skipping the empty part a browser sends when no
	 * file was chosen. Either every file is accepted and stored or none is.
	 * @return the stored attachments, in the order given
	 * @throws RejectedFieldException on field {@value #FIELD} for the first refused file
	 */
	@Transactional(noRollbackFor = RejectedFieldException.class)
	public List<AttachmentRef> storeAll(String ownerType, long ownerId, List<MultipartFile> uploads,
			String uploadedBy) {
		checkOwnerType(ownerType);
		List<MultipartFile> chosen = uploads == null ? List.of()
				: uploads.stream().filter(Objects::nonNull).filter(Attachments::chosen).toList();
		if (chosen.isEmpty()) {
			return List.of();
		}
		refuseMoreThan(ownerType, ownerId, chosen.size());
		List<Accepted> accepted = new ArrayList<>();
		try {
			for (MultipartFile upload : chosen) {
				String name = UploadRules.fileName(upload.getOriginalFilename());
				try (InputStream content = upload.getInputStream()) {
					accepted.add(accept(name, content));
				}
			}
		}
		catch (IOException ex) {
			accepted.forEach(file -> files.discard(file.received().path()));
			throw new UncheckedIOException(ex);
		}
		catch (RejectedFieldException ex) {
			accepted.forEach(file -> files.discard(file.received().path()));
			throw ex;
		}
		return accepted.stream().map(file -> save(ownerType, ownerId, file, uploadedBy)).toList();
	}

	/**
	 * Adds files to an existing record for a viewer the owner's {@link AttachmentAccess} lets add them, as
	 * {@link #storeAll} does.
	 * @throws org.zhuqi.shared.RecordNotFoundException when the viewer may not read the record (404)
	 * @throws org.springframework.security.access.AccessDeniedException when it may read but not add (403)
	 * @throws RejectedFieldException on field {@value #FIELD} for the first refused file
	 */
	@Transactional(noRollbackFor = RejectedFieldException.class)
	public List<AttachmentRef> add(Viewer viewer, String ownerType, long ownerId, List<MultipartFile> uploads) {
		access.checkAdd(viewer, ownerType, ownerId);
		return storeAll(ownerType, ownerId, uploads, viewer.username());
	}

	/** The attachments of one record, oldest first. Unscoped: the caller decides who may see them. */
	@Transactional(readOnly = true)
	public List<AttachmentRef> list(String ownerType, long ownerId) {
		return records.list(ownerType, ownerId);
	}

	/**
	 * The attachments of one record, oldest first, for a viewer the owner's {@link AttachmentAccess} lets read
	 * them.
	 * @throws org.zhuqi.shared.RecordNotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public List<AttachmentRef> list(Viewer viewer, String ownerType, long ownerId) {
		access.checkRead(viewer, ownerType, ownerId);
		return records.list(ownerType, ownerId);
	}

	/** Whether the owner's {@link AttachmentAccess} lets the viewer read the record's attachments. */
	public boolean canRead(Viewer viewer, String ownerType, long ownerId) {
		return access.canRead(viewer, ownerType, ownerId);
	}

	/**
	 * Whether the owner's {@link AttachmentAccess} lets the viewer add attachments to the record; pages show
	 * the upload form of {@code attachment/fragments :: panel} only then.
	 */
	public boolean canAdd(Viewer viewer, String ownerType, long ownerId) {
		return access.canAdd(viewer, ownerType, ownerId);
	}

	/** One attachment without its content. */
	@Transactional(readOnly = true)
	public Optional<AttachmentRef> find(long attachmentId) {
		return records.find(attachmentId).map(AttachmentRecords.Row::attachment);
	}

	/**
	 * One attachment with its content, for downloading; empty when there is no such attachment or its file is
	 * missing on disk (logged). Unscoped: the caller decides who may read it.
	 */
	@Transactional(readOnly = true)
	public Optional<StoredFile> open(long attachmentId) {
		return records.find(attachmentId).flatMap(row -> {
			Optional<Path> path = files.find(row.storageKey());
			if (path.isEmpty()) {
				log.error("Attachment {} has no file on disk (storage key {})", attachmentId, row.storageKey());
			}
			return path.map(file -> new StoredFile(row.attachment(), new FileSystemResource(file)));
		});
	}

	/**
	 * Removes an attachment of a record; its file goes once the transaction commits. Unscoped: the owner
	 * decides who may remove it. Problems keep their evidence, so most owners never call this.
	 * @return whether there was such an attachment
	 */
	@Transactional
	public boolean delete(long attachmentId, String deletedBy) {
		Optional<AttachmentRecords.Row> found = records.find(attachmentId);
		found.ifPresent(row -> {
			AttachmentRef attachment = row.attachment();
			records.delete(attachmentId);
			audit.record(deletedBy, attachment.ownerType(), attachment.ownerId(), "attachment-removed",
					attachment.fileName());
			afterCommit(() -> files.delete(row.storageKey()));
		});
		return found.isPresent();
	}

	/** An upload that passed every check, waiting in the incoming folder. */
	private record Accepted(String fileName, ReceivedFile received, AllowedType type) {
	}

	private Accepted accept(String name, InputStream content) {
		ReceivedFile received = files.receive(content, rules.maxFileSizeBytes());
		try {
			rules.checkSize(name, received.sizeBytes());
			AllowedType type = UploadRules.type(name, sniffer.detect(received.path()));
			return new Accepted(name, received, type);
		}
		catch (RejectedFieldException ex) {
			files.discard(received.path());
			throw ex;
		}
	}

	private AttachmentRef save(String ownerType, long ownerId, Accepted file, String uploadedBy) {
		String key = files.keep(file.received());
		afterRollback(() -> files.delete(key));
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS); // what the database keeps
		ReceivedFile received = file.received();
		long id = records.insert(ownerType, ownerId, file.fileName(), file.type().mediaType(), received.sizeBytes(),
				received.sha256(), key, uploadedBy, now);
		audit.record(uploadedBy, ownerType, ownerId, "attachment-added", file.fileName());
		return new AttachmentRef(id, ownerType, ownerId, file.fileName(), file.type().mediaType(),
				received.sizeBytes(), received.sha256(), uploadedBy, now);
	}

	private void refuseMoreThan(String ownerType, long ownerId, int adding) {
		int existing = records.count(ownerType, ownerId);
		if (existing + adding > limits.maxFilesPerOwner()) {
			throw new RejectedFieldException("attachments", "attachment.tooMany", limits.maxFilesPerOwner(), existing,
					adding);
		}
	}

	private static boolean chosen(MultipartFile upload) {
		String name = upload.getOriginalFilename();
		return !(upload.isEmpty() && (name == null || name.isBlank()));
	}

	private static void checkOwnerType(String ownerType) {
		if (ownerType == null || !OWNER_TYPE.matcher(ownerType).matches()) {
			throw new IllegalArgumentException("owner type must be lower case letters, digits and -: " + ownerType);
		}
	}

	private static void afterRollback(Runnable action) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_ROLLED_BACK) {
					action.run();
				}
			}

		});
	}

	private static void afterCommit(Runnable action) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				action.run();
			}

		});
	}

}
