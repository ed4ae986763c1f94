package org.zhuqi.policy.payout;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The file-based {@link PaymentGateway}: writes the bank batch file ({@link BankBatchCsv}, UTF-8 with BOM) and
 * reads the bank's result file ({@link BankResultCsv}).
 */
@Component
class FileGateway implements PaymentGateway {

	static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

	@Override
	public BankFile submit(long batchId, List<BatchLine> lines) {
		return new BankFile("payout-batch-" + batchId + ".csv", CONTENT_TYPE, BankBatchCsv.write(lines));
	}

	@Override
	public BankResults read(byte[] resultFile) {
		return BankResultCsv.read(resultFile);
	}

}
