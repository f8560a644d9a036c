/**
 * Self-contained HTML pages for people: the coverage report of a test run ({@link
 * io.github.sfntestkit.report.HtmlReport}) and the trace of one execution ({@link
 * io.github.sfntestkit.report.TraceView}). State machines are drawn as SVG, laid out top to bottom by
 * Eclipse ELK's layered algorithm, with Parallel branches and Map item processors as boxes inside
 * their state. The pages hold their style sheet and scripts inline and load nothing from the
 * network.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
package io.github.sfntestkit.report;

import org.apiguardian.api.API;
