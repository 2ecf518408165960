package org.certex.benchmarks;

import java.util.concurrent.TimeUnit;
import org.certex.avro.Delivery;
import org.certex.avro.IncidentAlert;
import org.certex.schemas.AvroSerde;
import org.certex.schemas.DeliverySerde;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Avro single-object encoding per record, with the serdes every topic uses: a drill's alert (five
 * addressees, four indicators, a paragraph of text) and its delivery to one CERT, which carries the
 * whole alert. Records per second, one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AvroSerdeBenchmark {

  private AvroSerde<IncidentAlert> alerts;
  private AvroSerde<Delivery> deliveries;
  private IncidentAlert alert;
  private Delivery delivery;
  private byte[] alertBytes;
  private byte[] deliveryBytes;
  private final DeliverySerde deliverySerde = new DeliverySerde();
  private Delivery[] sixCopies;

  @Setup
  public void setUp() {
    alerts = AvroSerde.of(IncidentAlert.class);
    deliveries = AvroSerde.of(Delivery.class);
    alert = DrillAlerts.typical();
    delivery = DrillAlerts.delivery(alert, "CSIRT-HR", "AMBER_ADDRESSEE", false);
    alertBytes = alerts.encode(alert);
    deliveryBytes = deliveries.encode(delivery);
    sixCopies = new Delivery[6];
    for (int i = 0; i < sixCopies.length; i++) {
      sixCopies[i] = DrillAlerts.delivery(alert, "CSIRT-" + i, "AMBER_ADDRESSEE", false);
    }
    System.out.printf(
        "%nIncidentAlert: %d bytes, Delivery: %d bytes%n", alertBytes.length, deliveryBytes.length);
  }

  @Benchmark
  public byte[] encodeAlert() {
    return alerts.encode(alert);
  }

  @Benchmark
  public IncidentAlert decodeAlert() {
    return alerts.decode(alertBytes);
  }

  @Benchmark
  public byte[] encodeDelivery() {
    return deliveries.encode(delivery);
  }

  @Benchmark
  public Delivery decodeDelivery() {
    return deliveries.decode(deliveryBytes);
  }

  /** Six deliveries of one alert, as the pipeline writes them, each encoded whole. */
  @Benchmark
  public int encodeSixDeliveriesWhole() {
    int bytes = 0;
    for (Delivery copy : sixCopies) {
      bytes += deliveries.encode(copy).length;
    }
    return bytes;
  }

  /** The same six through the deliveries topic's serde, which encodes their alert once. */
  @Benchmark
  public int encodeSixDeliveriesSpliced() {
    int bytes = 0;
    for (Delivery copy : sixCopies) {
      bytes += deliverySerde.encode(copy).length;
    }
    return bytes;
  }
}
