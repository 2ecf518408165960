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
 * @param grantRunAcls whether the engine grants each run's ACLs (the rows of {@code acls.tsv}
 *     naming {@code {run}}) when it creates the run's topics: on a cluster with an authorizer, as
 *     the distributed layout's, where each service may write only the topics it owns
 */
@Validated
@ConfigurationProperties("certex.producers")
public record ProducersProperties(
    @Min(1) @DefaultValue("3") int partitions,
    Short replicationFactor,
    @DefaultValue("false") boolean grantRunAcls) {}
