/** Rendering and JSON helpers of the assertions; not API. */
package io.github.sfntestkit.assertj.internal;
