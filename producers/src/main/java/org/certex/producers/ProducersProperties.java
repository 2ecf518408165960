package org.certex.producers;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the producers process ({@code certex.producers.*}, e.g. {@code
 * CERTEX_PRODUCERS_PARTITIONS}).
 *
 * @param partitions partitions of each run topic (control always has one)
 * @param replicationFactor replicas of each run topic; unset means the cluster's default
 */
@Validated
@ConfigurationProperties("certex.producers")
public record ProducersProperties(
    @Min(1) @DefaultValue("3") int partitions, Short replicationFactor) {}
