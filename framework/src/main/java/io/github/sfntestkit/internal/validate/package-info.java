/**
 * Create-time validation of state machine definitions: every rule AWS applies when a state machine
 * is created, each family in its own {@code *Rules} class, all problems reported at once.
 */
package io.github.sfntestkit.internal.validate;
