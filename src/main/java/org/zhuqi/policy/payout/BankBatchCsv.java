package org.zhuqi.policy.payout;

import java.io.ByteArrayOutputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the bank batch file (代发文件): UTF-8 with a byte-order mark (so that spreadsheet programs and the
 * banks' upload portals read the Chinese names right), CRLF line ends, one header line of fixed column names
 * and one line per payment, the amount with exactly two decimals.
 */
final class BankBatchCsv {

	static final List<String> HEADER = List.of("line_no", "idempotency_key", "enterprise_name", "uscc", "bank_account",
			"amount", "document_no");

	private BankBatchCsv() {
	}

	static byte[] write(List<BatchLine> lines) {
		StringBuilder text = new StringBuilder().append(Csv.BOM).append(Csv.line(HEADER));
		for (BatchLine line : lines) {
			text.append(Csv.line(List.of(String.valueOf(line.lineNo()), line.idempotencyKey(), line.enterpriseName(),
					line.uscc(), line.bankAccount() == null ? "" : line.bankAccount(),
					line.amount().setScale(2, RoundingMode.UNNECESSARY).toPlainString(), line.documentNo())));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

}
