package org.zhuqi.directory.support;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.zhuqi.directory.reference.Option;

/** The choices of an "active / inactive" filter, for departments and cadres alike. */
public final class StatusOptions {

	private StatusOptions() {
	}

	public static List<Option> of(MessageSource messages, Locale locale) {
		return List.of(new Option("true", messages.getMessage("status.active", null, locale)),
				new Option("false", messages.getMessage("status.inactive", null, locale)));
	}

}
