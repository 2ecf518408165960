package org.certex.dashboard.live;

import org.certex.dashboard.DashboardProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds the kernel's send buffer of the web server's connections ({@code socket-send-buffer}), so
 * that a live stream whose browser stopped reading is seen to stall, and dropped, after a bounded
 * number of bytes: left to the kernel's autotuning, each connection's buffer grows to megabytes,
 * and the stream keeps writing into it long after the browser stopped (see {@link LiveSubscriber}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.apache.catalina.connector.Connector")
class StreamSocketConfiguration {

  @Bean
  TomcatConnectorCustomizer boundedSendBuffer(DashboardProperties properties) {
    String bytes = Long.toString(properties.socketSendBuffer().toBytes());
    return connector -> connector.setProperty("socket.txBufSize", bytes);
  }
}
