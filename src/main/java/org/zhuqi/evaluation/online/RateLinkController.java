package org.zhuqi.evaluation.online;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhuqi.evaluation.campaign.CampaignAccess;
import org.zhuqi.evaluation.sheet.QrCodes;
import org.zhuqi.shared.Viewer;

/**
 * The QR code (二维码) of a campaign's online rating link, {@code /evaluations/{id}/rate-qr.png}, for the service
 * centre to print or post: it encodes the absolute address of {@code /rate/{id}} as this server is reached (behind
 * a proxy, the forwarded host and scheme when the server is configured to trust them). The link carries no secret.
 */
@Controller
class RateLinkController {

	/** Pixels per QR module: a 41-module code becomes 328 px, sharp enough to print at 5 cm. */
	private static final int PIXELS_PER_MODULE = 8;

	private final OnlineRating rating;

	RateLinkController(OnlineRating rating) {
		this.rating = rating;
	}

	@GetMapping(path = "/evaluations/{id}/rate-qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@PathVariable long id, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		rating.info(id);
		String link = ServletUriComponentsBuilder.fromCurrentContextPath().path("/rate/{id}").buildAndExpand(id)
			.toUriString();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.contentType(MediaType.IMAGE_PNG)
			.body(QrCodes.png(link, PIXELS_PER_MODULE));
	}

}
