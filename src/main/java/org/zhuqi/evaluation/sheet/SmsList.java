package org.zhuqi.evaluation.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhuqi.system.XlsxTable;

/**
 * The list for sending the voters' personal links by SMS: an {@code .xlsx} sheet with one row per voter (number,
 * enterprise, representative, mobile number, link) and a ready-made message to paste into a bulk SMS platform.
 * Rows are numbered like the cards of {@link CredentialSheets} when given in the same order; mobile numbers stay
 * text, so that Excel keeps them as they are. Written row by row, so any number of voters fits.
 */
@Component
public class SmsList {

	/** Column headers, left to right. */
	private static final List<String> COLUMNS = List.of("evaluation.sheet.sms.number",
			"evaluation.sheet.sms.enterprise", "evaluation.sheet.sms.representative", "evaluation.sheet.sms.phone",
			"evaluation.sheet.sms.url", "evaluation.sheet.sms.text");

	private final MessageSource messages;

	public SmsList(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Writes the list as an {@code .xlsx} workbook ({@link XlsxTable#MEDIA_TYPE}); the stream is left open.
	 * @param title the campaign's title, named in every message (e.g. {@code 2026 上半年 千家企业评部门})
	 * @param recipients the voters in card order; read once, so they may be streamed
	 * @param locale the language of the headers and the messages
	 */
	public void write(String title, Iterable<SmsRecipient> recipients, Locale locale, OutputStream out)
			throws IOException {
		List<String> headers = COLUMNS.stream().map(code -> messages.getMessage(code, null, locale)).toList();
		try (XlsxTable table = new XlsxTable(messages.getMessage("evaluation.sheet.sms.sheet", null, locale),
				headers)) {
			int number = 1;
			for (SmsRecipient recipient : recipients) {
				table.add(number++, recipient.enterpriseName(), recipient.representativeName(), recipient.phone(),
						recipient.url(), message(title, recipient, locale));
			}
			table.writeTo(out);
		}
	}

	/** Addressed to the representative by name, or to the enterprise when nobody is named yet. */
	private String message(String title, SmsRecipient recipient, Locale locale) {
		String addressee = recipient.representativeName() == null || recipient.representativeName().isBlank()
				? recipient.enterpriseName() : recipient.representativeName();
		return messages.getMessage("evaluation.sheet.sms.message", new Object[] { title, addressee, recipient.url() },
				locale);
	}

}
