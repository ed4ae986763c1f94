package org.zhuqi.attachment;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhuqi.shared.Viewer;

/**
 * {@code /attachments/{id}}: the download link pages show; "not found" renders the error page.
 */
@Controller
class AttachmentController {

	private final AttachmentDownloads downloads;

	AttachmentController(AttachmentDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/attachments/{id}")
	ResponseEntity<Resource> download(@PathVariable long id, Viewer viewer) {
		return downloads.download(id, viewer);
	}

}
