package io.github.sfntestkit.junit.scenario;

import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/** The engine's execution context: nothing is shared between scenarios but their file. */
final class ScenarioEngineContext implements EngineExecutionContext {}
