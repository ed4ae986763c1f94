package org.zhuqi.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code attachment} table: one row per stored file, with the storage key of its bytes.
 */
@Repository
class AttachmentRecords {

	private static final String SELECT = """
			select id, owner_type, owner_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at,
			storage_key from attachment""";

	private final JdbcClient jdbc;

	AttachmentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A row: the attachment and where its bytes are. */
	record Row(AttachmentRef attachment, String storageKey) {
	}

	long insert(String ownerType, long ownerId, String fileName, String contentType, long sizeBytes, String sha256,
			String storageKey, String uploadedBy, Instant uploadedAt) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into attachment (owner_type, owner_id, file_name, content_type, size_bytes, sha256, storage_key,
				uploaded_by, uploaded_at)
				values (:ownerType, :ownerId, :fileName, :contentType, :size, :sha256, :key, :uploadedBy, :uploadedAt)""")
			.param("ownerType", ownerType)
			.param("ownerId", ownerId)
			.param("fileName", fileName)
			.param("contentType", contentType)
			.param("size", sizeBytes)
			.param("sha256", sha256)
			.param("key", storageKey)
			.param("uploadedBy", uploadedBy)
			.param("uploadedAt", uploadedAt.atOffset(ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	Optional<Row> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(AttachmentRecords::row).optional();
	}

	/** The attachments of one record, oldest first. */
	List<AttachmentRef> list(String ownerType, long ownerId) {
		return jdbc.sql(SELECT + " where owner_type = :type and owner_id = :id order by uploaded_at, id")
			.param("type", ownerType)
			.param("id", ownerId)
			.query((rs, rowNum) -> row(rs, rowNum).attachment())
			.list();
	}

	int count(String ownerType, long ownerId) {
		return jdbc.sql("select count(*) from attachment where owner_type = :type and owner_id = :id")
			.param("type", ownerType)
			.param("id", ownerId)
			.query(Integer.class)
			.single();
	}

	void delete(long id) {
		jdbc.sql("delete from attachment where id = :id").param("id", id).update();
	}

	/** Which of these storage keys have a row. */
	Set<String> existingKeys(Collection<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select storage_key from attachment where storage_key in (:keys)")
			.param("keys", keys)
			.query(String.class)
			.list());
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		AttachmentRef attachment = new AttachmentRef(rs.getLong("id"), rs.getString("owner_type"),
				rs.getLong("owner_id"), rs.getString("file_name"), rs.getString("content_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
				rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
		return new Row(attachment, rs.getString("storage_key"));
	}

}
