package org.zhuqi.account;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhuqi.shared.Role;

/** The roles as select options, labelled in the reader's language ({@code role.*} messages). */
@Component
class RoleChoices {

	private final MessageSource messages;

	RoleChoices(MessageSource messages) {
		this.messages = messages;
	}

	List<Choice> all(Locale locale) {
		return Arrays.stream(Role.values())
			.map(role -> new Choice(role.name(), messages.getMessage("role." + role.name(), null, locale)))
			.toList();
	}

}
