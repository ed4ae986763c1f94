package org.zhuqi.evaluation.voter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseContact;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.sheet.CredentialSheets;
import org.zhuqi.evaluation.sheet.SmsList;
import org.zhuqi.evaluation.sheet.SmsRecipient;
import org.zhuqi.evaluation.sheet.VoterCard;
import org.zhuqi.evaluation.voter.VoterRoll.IssuedCredential;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.Viewer;

/**
 * Hands out credentials the only time their tokens exist: issues them (or re-issues one) and, in the same
 * transaction, writes the printable credential sheet (PDF, one QR card per voter) and the SMS list (.xlsx, with
 * the enterprise's contact phone from the directory) into one ZIP. The credentials are stored only when the
 * ZIP has been written in full, so a failure on the way leaves them unissued; what is lost after that (a
 * download broken off) can be re-issued while the campaign is a draft.
 */
@Service
class CredentialHandout {

	private final VoterRoll roll;

	private final CampaignSetup setup;

	private final Directory directory;

	private final CredentialSheets sheets;

	private final SmsList smsList;

	private final MessageSource messages;

	CredentialHandout(VoterRoll roll, CampaignSetup setup, Directory directory, CredentialSheets sheets,
			SmsList smsList, MessageSource messages) {
		this.roll = roll;
		this.setup = setup;
		this.directory = directory;
		this.sheets = sheets;
		this.smsList = smsList;
		this.messages = messages;
	}

	/** A ZIP to download: its file name and content, and how many credentials it holds. */
	record Handout(String fileName, byte[] zip, int credentials) {
	}

	/**
	 * Issues a credential to every voter without one and packs them.
	 * @param baseUrl the platform's public address the voters' links start with
	 * @throws RefusedActionException when every voter has a credential already
	 */
	@Transactional
	Handout issue(long campaignId, String baseUrl, Viewer viewer, Locale locale) {
		Campaign campaign = setup.get(campaignId, viewer);
		List<IssuedCredential> issued = roll.issueCredentials(campaignId, viewer);
		if (issued.isEmpty()) {
			throw new RefusedActionException("evaluation.voters.issue.none");
		}
		return pack(campaign, issued, baseUrl, locale);
	}

	/** Replaces one voter's lost credential and packs the new one (see {@link VoterRoll#reissue}). */
	@Transactional
	Handout reissue(long campaignId, long voterId, String baseUrl, Viewer viewer, Locale locale) {
		Campaign campaign = setup.get(campaignId, viewer);
		return pack(campaign, List.of(roll.reissue(campaignId, voterId, viewer)), baseUrl, locale);
	}

	/** The voter's personal link: the voter page opened by the credential. */
	static String link(String baseUrl, String token) {
		return baseUrl.replaceFirst("/+$", "") + "/vote/" + token;
	}

	private Handout pack(Campaign campaign, List<IssuedCredential> issued, String baseUrl, Locale locale) {
		String title = campaign.getPeriodLabel() + " " + campaign.getName();
		String name = fileSafe(campaign.getName());
		Map<Long, EnterpriseContact> contacts = directory
			.enterpriseContacts(issued.stream().map(IssuedCredential::enterpriseId).toList());
		List<VoterCard> cards = issued.stream()
			.map(voter -> new VoterCard(voter.enterpriseName(), voter.representativeName(),
					link(baseUrl, voter.token())))
			.toList();
		List<SmsRecipient> recipients = issued.stream().map(voter -> {
			EnterpriseContact contact = contacts.get(voter.enterpriseId());
			return new SmsRecipient(voter.enterpriseName(), voter.representativeName(),
					contact == null ? null : contact.contactPhone(), link(baseUrl, voter.token()));
		}).toList();
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry(message("evaluation.voters.file.sheets", locale, name) + ".pdf"));
			sheets.write(title, cards, locale, out);
			out.closeEntry();
			out.putNextEntry(new ZipEntry(message("evaluation.voters.file.sms", locale, name) + ".xlsx"));
			smsList.write(title, recipients, locale, out);
			out.closeEntry();
		}
		catch (IOException ex) {
			// nothing is stored: the transaction rolls back and no token has been shown
			throw new UncheckedIOException("cannot write the credential sheets", ex);
		}
		return new Handout(message("evaluation.voters.file.zip", locale, name) + ".zip", zip.toByteArray(),
				issued.size());
	}

	private String message(String code, Locale locale, String argument) {
		return messages.getMessage(code, new Object[] { argument }, locale);
	}

	/** The campaign's name without the characters file systems refuse. */
	static String fileSafe(String name) {
		String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		return safe.isEmpty() ? "_" : safe;
	}

}
