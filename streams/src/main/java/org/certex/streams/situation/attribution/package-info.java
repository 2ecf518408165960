/**
 * The EU cyber diplomacy toolbox as stream processing: national attribution assessments,
 * coordinated attribution, toolbox proposals and the member states' votes on them, decided at their
 * deadline in scenario time (docs/SITUATION.md, "The attribution toolbox").
 *
 * <p>The rules are plain Java ({@link org.certex.streams.situation.attribution.EvidenceRule},
 * {@link org.certex.streams.situation.attribution.CoordinatedAttribution}, {@link
 * org.certex.streams.situation.attribution.Unanimity}, {@link
 * org.certex.streams.situation.attribution.SilenceProcedure}, the admissions of proposals and
 * votes); {@link org.certex.streams.situation.attribution.AttributionTopology} wires them into a
 * run's pipeline.
 */
package org.certex.streams.situation.attribution;
