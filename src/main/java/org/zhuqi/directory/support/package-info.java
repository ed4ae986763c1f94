/**
 * Small helpers the directory's pages and queries share: turning domain refusals into form errors, and the
 * safe parts of list SQL (sort columns from a fixed map, escaped {@code LIKE} patterns).
 */
package org.zhuqi.directory.support;
