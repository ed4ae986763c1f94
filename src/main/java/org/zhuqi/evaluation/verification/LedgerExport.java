package org.zhuqi.evaluation.verification;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.evaluation.ledger.LedgerEntry;
import org.zhuqi.evaluation.ledger.LedgerHead;

/**
 * Writes a campaign's ledger as JSON lines, one entry per line in seq order from 0 up to a head:
 * {@code {"seq":0,"hash":"0af9…","line":"ZQ1|7|0|OPEN|…"}} — the stored seq, the recorded entry hash and the
 * canonical line (format {@code ZQ1}, see {@link org.zhuqi.evaluation.ledger.LedgerLines}). Nothing else: the
 * ledger has no voter identity to leave out. Entries are read a page at a time, so a ledger of any length streams
 * in flat memory.
 */
final class LedgerExport {

	static final int PAGE = 1000;

	private LedgerExport() {
	}

	/** Writes entries 0 to {@code head.seq()} as they are stored (a tampered entry is exported as it is). */
	static void write(Ledger ledger, LedgerHead head, Writer out) throws IOException {
		long after = -1;
		while (after < head.seq()) {
			List<LedgerEntry> page = ledger.page(head.campaignId(), after, head.seq(), PAGE);
			if (page.isEmpty()) {
				break;
			}
			for (LedgerEntry entry : page) {
				out.write(jsonLine(entry));
				out.write('\n');
			}
			after = page.get(page.size() - 1).seq();
		}
	}

	/** One entry as a JSON object with the members in a fixed order. */
	static String jsonLine(LedgerEntry entry) {
		return "{\"seq\":" + entry.seq() + ",\"hash\":" + string(entry.hash()) + ",\"line\":" + string(entry.line()) + "}";
	}

	private static String string(String text) {
		StringBuilder json = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

}
