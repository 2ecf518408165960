package org.certex.launcher.bench;

/**
 * The settings a bench ran with, printed and written beside its figures.
 *
 * @param cluster {@code embedded} or the bootstrap address of the external cluster
 * @param recordBytes the size of one encoded alert, the raw baseline's record value
 */
record BenchConfiguration(
    BenchOptions options,
    int partitions,
    String cluster,
    String runId,
    long commitIntervalMs,
    int threadsPerRun,
    int recordBytes) {}
