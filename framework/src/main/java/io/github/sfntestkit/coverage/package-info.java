/**
 * State machine coverage: which states were entered and which transitions (Next, Choice rules,
 * Default, Catchers, Retriers; inside Parallel branches and Map processors too) were taken, over
 * every execution of a test run, merged across tests and JVM forks.
 *
 * <p>{@link io.github.sfntestkit.coverage.CoverageGraph} is what there is to cover; {@link
 * io.github.sfntestkit.coverage.StateMachineCoverage} counts hits for one definition and {@link
 * io.github.sfntestkit.coverage.CoverageData} for many; {@link
 * io.github.sfntestkit.coverage.CoverageRecorder} collects every execution of the JVM; {@link
 * io.github.sfntestkit.coverage.CoverageCheck} gates a build on {@link
 * io.github.sfntestkit.coverage.CoverageThresholds}; {@link
 * io.github.sfntestkit.coverage.CoberturaReport} and {@link io.github.sfntestkit.coverage.JsonReport}
 * write reports.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
package io.github.sfntestkit.coverage;

import org.apiguardian.api.API;
