package org.certex.producers.exercise;

/**
 * Whether a run waits before STARTEX for exercise control's START ({@code certex run --hold}):
 * while it does, its clock stands at the scenario's start, nothing fires and nothing ticks, and the
 * engine only answers requests. Set when the run starts (or as its log says, when it resumes) and
 * released once, by the START request the engine applies. Read and released on the engine's thread
 * only.
 */
final class StartHold {

  private boolean held;

  StartHold(boolean held) {
    this.held = held;
  }

  boolean held() {
    return held;
  }

  void release() {
    held = false;
  }
}
