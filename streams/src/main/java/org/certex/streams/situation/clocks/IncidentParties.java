package org.certex.streams.situation.clocks;

/**
 * Who a significant incident's clocks are between: the entity that must report and its national
 * CSIRT, which receives the reports and answers the early warning.
 *
 * @param incidentId the id of the entity's alert that reported the incident
 */
record IncidentParties(String incidentId, String entity, String csirt) {}
