package org.certex.dashboard.feed;

/**
 * How the run feed is doing, for operators.
 *
 * @param runs runs whose topics the feed follows
 * @param partitions partitions assigned to the feed's consumer, the runs topic included
 * @param records records read since start
 * @param skipped records that could not be decoded or folded and were skipped
 */
public record FeedStatus(boolean running, int runs, int partitions, long records, long skipped) {}
