package org.zhuqi.attachment;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * {@code /attachments/{id}}: the download link pages show ("not found" renders the error page), and
 * {@code POST /attachments/{ownerType}/{ownerId}}: the upload form of the shared attachment panel, which adds
 * files to an existing record for viewers the owner's {@link AttachmentAccess} lets add them.
 */
@Controller
class AttachmentController {

	/** A path on this site: one leading slash, not {@code //host} or {@code /\host}, no spaces. */
	private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

	private final AttachmentDownloads downloads;

	private final Attachments attachments;

	private final MessageSource messages;

	AttachmentController(AttachmentDownloads downloads, Attachments attachments, MessageSource messages) {
		this.downloads = downloads;
		this.attachments = attachments;
		this.messages = messages;
	}

	@GetMapping("/attachments/{id}")
	ResponseEntity<Resource> download(@PathVariable long id, Viewer viewer) {
		return downloads.download(id, viewer);
	}

	/**
	 * Adds the chosen files. With htmx the panel comes back (with the refusal beside the input, if any);
	 * without, the browser goes back to the owner's page with a flash message.
	 */
	@PostMapping("/attachments/{ownerType}/{ownerId}")
	String add(@PathVariable String ownerType, @PathVariable long ownerId,
			@RequestParam(name = Attachments.FIELD, required = false) List<MultipartFile> uploads,
			@RequestParam(required = false) String returnTo,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Viewer viewer, Model model,
			RedirectAttributes redirect, Locale locale) {
		String back = returnTo != null && LOCAL_PATH.matcher(returnTo).matches() ? returnTo : "/";
		String error = null;
		List<AttachmentRef> added = List.of();
		try {
			added = attachments.add(viewer, ownerType, ownerId, uploads);
		}
		catch (RejectedFieldException ex) {
			error = messages.getMessage(ex.code(), ex.arguments(), ex.code(), locale);
		}
		if (htmx != null) {
			model.addAttribute("ownerType", ownerType)
				.addAttribute("ownerId", ownerId)
				.addAttribute("returnTo", back)
				.addAttribute("attachmentError", error);
			return "attachment/panel";
		}
		if (error != null) {
			redirect.addFlashAttribute("attachmentError", error);
		}
		else if (!added.isEmpty()) {
			redirect.addFlashAttribute("message", "attachment.added");
		}
		return "redirect:" + back;
	}

}
