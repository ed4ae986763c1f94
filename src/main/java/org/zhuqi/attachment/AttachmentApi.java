package org.zhuqi.attachment;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhuqi.shared.Viewer;

/**
 * {@code /api/v1/attachments}: downloads, and the attachments of a record listed and added, under the same
 * owner rules as the pages; refusals and "not found" are problem details.
 */
@RestController
@Tag(name = "attachments")
class AttachmentApi {

	private final AttachmentDownloads downloads;

	private final Attachments attachments;

	AttachmentApi(AttachmentDownloads downloads, Attachments attachments) {
		this.downloads = downloads;
		this.attachments = attachments;
	}

	@Operation(summary = "Download an attachment the caller may read (its owner record's read rule decides); "
			+ "404 otherwise")
	@GetMapping("/api/v1/attachments/{id}")
	ResponseEntity<Resource> download(@PathVariable long id, Viewer viewer) {
		return downloads.download(id, viewer);
	}

	@Operation(summary = "The attachments of a record (such as demand 42), oldest first; 404 unless the caller "
			+ "may read the record")
	@GetMapping("/api/v1/attachments/{ownerType}/{ownerId}")
	List<AttachmentRef> list(@PathVariable String ownerType, @PathVariable long ownerId, Viewer viewer) {
		return attachments.list(viewer, ownerType, ownerId);
	}

	@Operation(summary = "Add files (multipart field \"attachments\", repeatable) to a record; all or none are "
			+ "stored. 400 naming the refused file, 403 if the caller may read but not add, 404 if it may not read")
	@PostMapping(path = "/api/v1/attachments/{ownerType}/{ownerId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	List<AttachmentRef> add(@PathVariable String ownerType, @PathVariable long ownerId,
			@RequestParam(Attachments.FIELD) List<MultipartFile> uploads, Viewer viewer) {
		return attachments.add(viewer, ownerType, ownerId, uploads);
	}

}
