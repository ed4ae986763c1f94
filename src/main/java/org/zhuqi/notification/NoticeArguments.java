package org.zhuqi.notification;

import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a notice's arguments as a JSON array in one column, e.g.
 * {@code [{"value":"用工难","messageKey":false},{"value":"demand.state.ASSIGNED","messageKey":true}]}.
 */
@Component
class NoticeArguments {

	private static final TypeReference<List<Notice.Argument>> LIST = new TypeReference<>() {
	};

	private final JsonMapper json;

	NoticeArguments(JsonMapper json) {
		this.json = json;
	}

	String write(List<Notice.Argument> arguments) {
		return json.writeValueAsString(arguments);
	}

	List<Notice.Argument> read(String stored) {
		return json.readValue(stored, LIST);
	}

}
