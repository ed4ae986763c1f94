package org.zhuqi.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Platform settings under {@code zhuqi.*}.
 *
 * @param zone the district's time zone, used for every date the platform shows or computes
 * @param demo demo data settings
 */
@ConfigurationProperties("zhuqi")
public record ZhuqiProperties(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue Demo demo) {

	/**
	 * @param enabled {@code true} or {@code false} forces demo data on or off; unset means "on for the
	 * embedded database only"
	 */
	public record Demo(Boolean enabled) {
	}

}
