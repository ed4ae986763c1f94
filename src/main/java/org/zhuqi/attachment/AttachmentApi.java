package org.zhuqi.attachment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zhuqi.shared.Viewer;

/**
 * {@code /api/v1/attachments/{id}}: the same download for API clients; "not found" is problem details.
 */
@RestController
@Tag(name = "attachments")
class AttachmentApi {

	private final AttachmentDownloads downloads;

	AttachmentApi(AttachmentDownloads downloads) {
		this.downloads = downloads;
	}

	@Operation(summary = "Download an attachment the caller may read (its owner record's read rule decides); "
			+ "404 otherwise")
	@GetMapping("/api/v1/attachments/{id}")
	ResponseEntity<Resource> download(@PathVariable long id, Viewer viewer) {
		return downloads.download(id, viewer);
	}

}
