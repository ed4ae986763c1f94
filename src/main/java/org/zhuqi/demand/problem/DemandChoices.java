package org.zhuqi.demand.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhuqi.directory.Directory;

/** The options of the selects on the problem pages, labelled in the reader's language. */
@Component
class DemandChoices {

	private final MessageSource messages;

	private final Categories categories;

	private final Directory directory;

	DemandChoices(MessageSource messages, Categories categories, Directory directory) {
		this.messages = messages;
		this.categories = categories;
		this.directory = directory;
	}

	List<Choice> states(Locale locale) {
		return Arrays.stream(DemandState.values())
			.map(state -> new Choice(state.name(), messages.getMessage("demand.state." + state.name(), null, locale)))
			.toList();
	}

	List<Choice> urgencies(Locale locale) {
		return Arrays.stream(Urgency.values())
			.map(urgency -> new Choice(urgency.name(),
					messages.getMessage("demand.urgency." + urgency.name(), null, locale)))
			.toList();
	}

	/** Every category, for searching old problems too. */
	List<Choice> categories(Locale locale) {
		return categories.all().stream().map(c -> new Choice(c.code(), c.name(locale))).toList();
	}

	/** The categories a new problem may be filed under. */
	List<Choice> activeCategories(Locale locale) {
		return categories.active().stream().map(c -> new Choice(c.code(), c.name(locale))).toList();
	}

	List<Choice> departments() {
		return directory.activeDepartments().stream().map(d -> new Choice(String.valueOf(d.id()), d.name())).toList();
	}

	List<Choice> sorts(Locale locale) {
		return DemandFilter.SORTS.stream()
			.map(sort -> new Choice(sort, messages.getMessage("demand.sort." + sort, null, locale)))
			.toList();
	}

}
