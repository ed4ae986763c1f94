package org.zhuqi.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The pager's links around the current page, keeping the filters, with gaps where pages are left out. */
class PageLinksTests {

	private final PageLinks links = new PageLinks();

	@BeforeEach
	void request() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/demands");
		request.setQueryString("state=OPEN&page=7");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	@AfterEach
	void reset() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void marksTheGapsOnBothSidesOfTheWindow() {
		PageLinks.Pager pager = links.of(new PageImpl<>(List.of("x"), PageRequest.of(7, 20), 20 * 15));

		assertThat(pager.pages()).extracting(PageLinks.Link::label).containsExactly(1, 6, 7, 8, 9, 10, 15);
		assertThat(pager.pages()).extracting(PageLinks.Link::gapBefore)
			.containsExactly(false, true, false, false, false, false, true);
		assertThat(pager.pages().get(1).href()).contains("state=OPEN").contains("page=5");
	}

	@Test
	void noGapWhenThePagesAreAdjacent() {
		PageLinks.Pager pager = links.of(new PageImpl<>(List.of("x"), PageRequest.of(2, 20), 20 * 4));

		assertThat(pager.pages()).extracting(PageLinks.Link::label).containsExactly(1, 2, 3, 4);
		assertThat(pager.pages()).noneMatch(PageLinks.Link::gapBefore);
	}

}
