package org.certex.streams.situation.incidents;

import static org.certex.streams.situation.incidents.IncidentsTopology.COMPONENTS_STORE;
import static org.certex.streams.situation.incidents.IncidentsTopology.COUNTS_STORE;
import static org.certex.streams.situation.incidents.IncidentsTopology.INCIDENT_IDS_STORE;
import static org.certex.streams.situation.incidents.IncidentsTopology.PENDING_STORE;
import static org.certex.streams.situation.incidents.IncidentsTopology.ROOTS_STORE;
import static org.certex.streams.situation.incidents.IncidentsTopology.SIGHTINGS_STORE;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.state.Stores;
import org.certex.avro.CorrelatedAlert;
import org.certex.avro.Incident;
import org.certex.avro.IncidentDeclaration;
import org.certex.schemas.AvroSerde;

/**
 * The incidents topology's state, each store named (and so its changelog): the sightings of each
 * correlation key and how many it indexed per span of one window, window stores that forget what
 * the window and its grace have passed; the assembly's alert roots, groups and incident ids, kept
 * for the run.
 */
final class IncidentStores {

  static final AvroSerde<CorrelatedAlert> CORRELATED = AvroSerde.of(CorrelatedAlert.class);

  private IncidentStores() {}

  static void addTo(StreamsBuilder builder, CorrelationWindow window) {
    builder.addStateStore(
        Stores.windowStoreBuilder(
            Stores.persistentWindowStore(
                SIGHTINGS_STORE,
                Duration.ofMillis(window.retentionMillis()),
                Duration.ofMillis(window.windowMillis()),
                true),
            Serdes.String(),
            CORRELATED));
    builder.addStateStore(
        Stores.windowStoreBuilder(
                Stores.persistentWindowStore(
                    COUNTS_STORE,
                    Duration.ofMillis(window.retentionMillis()),
                    Duration.ofMillis(window.windowMillis()),
                    false),
                Serdes.String(),
                Serdes.Integer())
            .withCachingEnabled());
    for (String name : new String[] {ROOTS_STORE, INCIDENT_IDS_STORE}) {
      builder.addStateStore(
          Stores.keyValueStoreBuilder(
                  Stores.persistentKeyValueStore(name), Serdes.String(), Serdes.String())
              .withCachingEnabled());
    }
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(COMPONENTS_STORE),
                Serdes.String(),
                AvroSerde.of(Incident.class))
            .withCachingEnabled());
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(PENDING_STORE),
                Serdes.String(),
                AvroSerde.of(IncidentDeclaration.class))
            .withCachingEnabled());
  }
}
