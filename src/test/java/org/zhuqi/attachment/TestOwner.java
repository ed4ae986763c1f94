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
 * A stand-in owner module for the tests, used the way the real ones use the attachment module: a read rule
 * bean (the admin, and an enterprise for records whose id is its own enterprise id) and a page with a form
 * that uploads through the shared fragments. Picked up by component scanning of the test class path.
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

	/** Admins read every test record; an enterprise reads the records numbered with its enterprise id. */
	@Component
	static class Access implements AttachmentAccess {

		@Override
		public String ownerType() {
			return TYPE;
		}

		@Override
		public boolean canRead(Viewer viewer, long ownerId) {
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

		private String page(long id, Model model) {
			model.addAttribute("id", id);
			model.addAttribute("attachments", attachments.list(TYPE, id));
			return "attachment/test-owner";
		}

	}

}
