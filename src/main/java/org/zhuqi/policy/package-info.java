/**
 * 惠企政策: the district's benefit policies, from publication in 政策汇 to payment (兑现). The centre publishes a
 * policy of an issuing department with an eligibility rule (conditions over enterprise attributes and declared
 * figures, edited as data) and an amount rule; matching finds the enterprises that qualify and tells them
 * (政策体检 on the enterprise's page, an inbox notice on publication, the cadres' view of their enterprises);
 * enterprises apply and the issuing department reviews, or, for 免申即享 policies, the confirmed matched list
 * becomes grants without any application; approved grants go through public notice (公示) for a number of
 * working days and then become payable; payouts go through a {@code PaymentGateway} (a bank batch file and the
 * bank's result file) into an exact payout ledger, from which every figure is summed.
 * <p>
 * Sub-packages: {@code catalogue} (policies, their pages and amount rule), {@code rule} (eligibility rules,
 * the evaluator, matching, 政策体检), {@code application} (applications, review, public notice, 免申即享),
 * {@code grant} (grants), {@code payout} (payout ledger, gateway, bank files, figures). Uses
 * {@link org.zhuqi.directory.Directory}, {@link org.zhuqi.calendar.WorkingCalendar},
 * {@link org.zhuqi.notification.Notifications} and {@link org.zhuqi.attachment.Attachments}. See
 * {@code docs/policy.md}.
 */
package org.zhuqi.policy;
