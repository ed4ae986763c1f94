package org.zhuqi.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Builds the paging links of any list page from the current request, keeping its search filters. Used from
 * templates as {@code ${@pageLinks.of(page)}} by the shared {@code fragments/paging} fragment.
 */
@Component("pageLinks")
public class PageLinks {

	private static final int WINDOW = 2;

	/**
	 * One link of the pager; {@code number} is zero-based, {@code label} one-based; {@code gapBefore} when pages
	 * between the previous link and this one are left out (shown as an ellipsis).
	 */
	public record Link(int number, String href, boolean current, boolean gapBefore) {

		public int label() {
			return number + 1;
		}

	}

	/** The links around the current page, plus previous/next. */
	public record Pager(Link previous, List<Link> pages, Link next, long totalElements, int totalPages) {

		public boolean needed() {
			return totalPages > 1;
		}

	}

	public Pager of(Page<?> page) {
		int current = page.getNumber();
		int last = Math.max(page.getTotalPages() - 1, 0);
		List<Link> pages = new ArrayList<>();
		int from = Math.max(0, current - WINDOW);
		int to = Math.min(last, current + WINDOW);
		if (from > 0) {
			pages.add(link(0, current));
		}
		for (int number = from; number <= to; number++) {
			pages.add(link(number, current, number == from && from > 1));
		}
		if (to < last) {
			pages.add(link(last, current, to < last - 1));
		}
		Link previous = page.hasPrevious() ? link(current - 1, current) : null;
		Link next = page.hasNext() ? link(current + 1, current) : null;
		return new Pager(previous, pages, next, page.getTotalElements(), page.getTotalPages());
	}

	/** The current request's address with one query parameter replaced, e.g. a sort order. */
	public String with(String name, Object value) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam(name, value)
			.replaceQueryParam("page")
			.build()
			.toUriString();
	}

	/** Another address under this application with the current request's filters, e.g. an export. */
	public String sameFilters(String path) {
		String query = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page")
			.replaceQueryParam("size")
			.build()
			.getQuery();
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).query(query).build().toUriString();
	}

	private Link link(int number, int current) {
		return link(number, current, false);
	}

	private Link link(int number, int current, boolean gapBefore) {
		String href = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", number)
			.build()
			.toUriString();
		return new Link(number, href, number == current, gapBefore);
	}

}
