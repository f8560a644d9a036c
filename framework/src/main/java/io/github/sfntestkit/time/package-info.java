/** The virtual clock executions run on. */
package io.github.sfntestkit.time;
