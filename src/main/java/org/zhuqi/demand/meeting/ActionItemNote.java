package org.zhuqi.demand.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The note of marking an action item done (what was done), or the reason of reopening it; the JSON body of
 * {@code POST /api/v1/action-items/{id}/done} and the small forms on the pages.
 *
 * @param version the version of the item the user saw; {@code null} skips the check
 */
public record ActionItemNote(@NotBlank(message = "{actionItem.note.required}")
		@Size(max = ActionItem.NOTE_MAX, message = "{actionItem.note.tooLong}") String note, Integer version) {
}
