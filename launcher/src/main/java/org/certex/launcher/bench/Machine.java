package org.certex.launcher.bench;

/**
 * What the figures were measured on: they mean little without it.
 *
 * @param maxHeapBytes the JVM's maximum heap ({@code -Xmx} or its default)
 */
record Machine(int cores, long maxHeapBytes, String javaVersion, String javaVm, String os) {

  static Machine current() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"));
  }
}
