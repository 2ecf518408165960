package org.certex.launcher;

import org.certex.schemas.CertexSchemas;
import org.certex.schemas.SchemaLog;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Opens the cluster's schema log for a process before any bean of its roles exists: it publishes
 * every schema this code writes with (so readers built before it can resolve its records), and the
 * process's serdes look up fingerprints they do not know there (records written by a newer certex).
 * Being first, it is closed last, after the roles have stopped reading. See docs/ARCHITECTURE.md,
 * "Schema evolution without a registry".
 */
public final class ClusterSchemas
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  static final String BEAN = "certexSchemaLog";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    KafkaProperties kafka =
        Binder.get(context.getEnvironment()).bindOrCreate("spring.kafka", KafkaProperties.class);
    SchemaLog log =
        SchemaLog.open(
            kafka.buildAdminProperties(),
            kafka.buildProducerProperties(),
            kafka.buildConsumerProperties());
    try {
      log.publish(CertexSchemas.current());
    } catch (RuntimeException e) {
      log.close();
      throw e;
    }
    CertexSchemas.learnFrom(log);
    DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
    beans.registerSingleton(BEAN, log);
    beans.registerDisposableBean(BEAN, log::close);
  }
}
