package org.zhuqi.policy.payout;

/** A file to hand to the bank (or the bank's portal), as the administrator downloads it. */
public record BankFile(String fileName, String contentType, byte[] content) {
}
