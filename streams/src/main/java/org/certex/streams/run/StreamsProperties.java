package org.certex.streams.run;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the streams process ({@code certex.streams.*}; every one can be set by environment
 * variable, e.g. {@code CERTEX_STREAMS_STATEDIR}).
 *
 * @param stateDir where Kafka Streams keeps its local state, one folder per run
 * @param commitInterval how often processing commits; lower means lower latency under exactly-once
 * @param threadsPerRun stream threads per run's Kafka Streams instance
 */
@Validated
@ConfigurationProperties("certex.streams")
public record StreamsProperties(
    @NotBlank @DefaultValue("data/streams") String stateDir,
    @DefaultValue("100ms") Duration commitInterval,
    @Min(1) @DefaultValue("1") int threadsPerRun) {}
