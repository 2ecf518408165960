package org.certex.launcher.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The most memory the bench's process held: peak heap (each heap pool's peak usage since {@link
 * #reset}, summed, so at least the true peak of their total) and peak resident memory ({@code
 * VmHWM} in {@code /proc/self/status}, over the whole process life, where Linux gives it). The
 * embedded broker lives in the same process and counts too. Public for {@code certex bench
 * debrief}.
 *
 * @param heapBytes the sum of the heap pools' peaks
 * @param residentBytes the resident set's high-water mark, if the system says
 */
public record MemoryPeaks(long heapBytes, OptionalLong residentBytes) {

  private static final Path STATUS = Path.of("/proc/self/status");

  /** Starts the heap peaks afresh. */
  public static void reset() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  public static MemoryPeaks now() {
    long heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum();
    return new MemoryPeaks(heap, residentPeak());
  }

  /** {@code VmHWM: 123456 kB} as bytes. */
  static OptionalLong residentPeak() {
    try {
      return Files.readAllLines(STATUS).stream()
          .filter(line -> line.startsWith("VmHWM:"))
          .map(line -> line.substring("VmHWM:".length()).trim().split("\\s+"))
          .filter(parts -> parts.length == 2 && parts[1].equalsIgnoreCase("kB"))
          .mapToLong(parts -> Long.parseLong(parts[0]) * 1024)
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }
}
