/**
 * Reading state machine definitions (JSON or YAML) into a Jackson tree plus a map from JSON
 * pointer to source line and column. Internal: use the public facade.
 */
package io.github.sfntestkit.internal.load;
