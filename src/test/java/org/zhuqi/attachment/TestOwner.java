package org.zhuqi.attachment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * A stand-in owner module for the tests, used the way the real ones use the attachment module: an access rule
 * bean (the admin reads and adds; an enterprise reads and adds to the records whose id is its own enterprise
 * id; a department user reads every record but adds to none), a page with its own form that uploads through
 * the shared file input, and a page with the shared attachment panel. Picked up by component scanning of the
 * test class path.
 */
final class TestOwner {

	/** The owner type with a read rule. */
	static final String TYPE = "attachment-test";

	/** An owner type no module has a read rule for. */
	static final String UNGUARDED_TYPE = "attachment-unguarded";

	private TestOwner() {
	}

	/** A record id no other test uses. */
	static long newId() {
		return ThreadLocalRandom.current().nextLong(1_000_000_000L, 1_000_000_000_000L);
	}

	/**
	 * Admins read and add to every test record, an enterprise to the records numbered with its enterprise id;
	 * department users only read.
	 */
	@Component
	static class Access implements AttachmentAccess {

		@Override
		public String ownerType() {
			return TYPE;
		}

		@Override
		public boolean canRead(Viewer viewer, long ownerId) {
			return viewer.is(Role.DEPARTMENT) || canAdd(viewer, ownerId);
		}

		@Override
		public boolean canAdd(Viewer viewer, long ownerId) {
			return viewer.isAdmin() || viewer.is(Role.ENTERPRISE) && viewer.enterpriseId() == ownerId;
		}

	}

	/** The form of the test page: just its files. */
	public static class Form {

		private List<MultipartFile> attachments = new ArrayList<>();

		public List<MultipartFile> getAttachments() {
			return attachments;
		}

		public void setAttachments(List<MultipartFile> attachments) {
			this.attachments = attachments;
		}

	}

	/** {@code /attachment-test/{id}}: a record's attachments and a form to add more. */
	@Controller
	static class Page {

		private final Attachments attachments;

		Page(Attachments attachments) {
			this.attachments = attachments;
		}

		@GetMapping("/attachment-test/{id}")
		String show(@PathVariable long id, Model model) {
			model.addAttribute("form", new Form());
			return page(id, model);
		}

		@PostMapping("/attachment-test/{id}")
		String upload(@PathVariable long id, @ModelAttribute("form") Form form, BindingResult result, Viewer viewer,
				Model model) {
			try {
				attachments.storeAll(TYPE, id, form.getAttachments(), viewer.username());
				return "redirect:/attachment-test/" + id;
			}
			catch (RejectedFieldException ex) {
				result.rejectValue(ex.field(), ex.code(), ex.arguments(), ex.code());
				return page(id, model);
			}
		}

		/** The shared panel: list and upload form of an existing record. */
		@GetMapping("/attachment-test/{id}/panel")
		String panel(@PathVariable long id, Model model) {
			model.addAttribute("id", id);
			return "attachment/test-panel";
		}

		private String page(long id, Model model) {
			model.addAttribute("id", id);
			model.addAttribute("attachments", attachments.list(TYPE, id));
			return "attachment/test-owner";
		}

	}

}
