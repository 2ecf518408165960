package org.certex.streams.topology;

import org.certex.avro.IncidentAlert;
import org.certex.avro.SharingDecision;

/** An alert and the policy's decision on it; lives only inside the topology. */
record DecidedAlert(IncidentAlert alert, SharingDecision decision) {}
