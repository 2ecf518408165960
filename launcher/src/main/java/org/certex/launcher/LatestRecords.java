package org.certex.launcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The {@code n} latest records by timestamp of those offered, for {@code certex tail -n}: a record
 * written late with an earlier scenario time (an escalation's notice) is not among the latest for
 * having been written last. Of records with the same timestamp, the one offered later is the later.
 * Holds at most {@code n} records.
 */
final class LatestRecords {

  private record Offered(long timestamp, long order, ConsumerRecord<byte[], byte[]> record) {}

  private static final Comparator<Offered> OLDEST_FIRST =
      Comparator.comparingLong(Offered::timestamp).thenComparingLong(Offered::order);

  private final int n;
  private final PriorityQueue<Offered> latest = new PriorityQueue<>(OLDEST_FIRST);
  private long offered;

  LatestRecords(int n) {
    this.n = n;
  }

  void offer(ConsumerRecord<byte[], byte[]> record) {
    if (n == 0) {
      return;
    }
    latest.add(new Offered(record.timestamp(), offered++, record));
    if (latest.size() > n) {
      latest.poll();
    }
  }

  /** The records kept, the oldest first. */
  List<ConsumerRecord<byte[], byte[]>> oldestFirst() {
    List<Offered> kept = new ArrayList<>(latest);
    kept.sort(OLDEST_FIRST);
    return kept.stream().map(Offered::record).toList();
  }
}
