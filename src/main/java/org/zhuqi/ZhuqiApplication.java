package org.zhuqi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Zhuqi (助企): the platform a district government runs to serve its enterprises
 * and to let those enterprises grade its departments.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class ZhuqiApplication {

	public static void main(String[] args) {
		SpringApplication.run(ZhuqiApplication.class, args);
	}

}
