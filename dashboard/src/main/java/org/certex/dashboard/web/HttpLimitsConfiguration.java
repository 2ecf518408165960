package org.certex.dashboard.web;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.certex.dashboard.DashboardProperties;
import org.certex.dashboard.access.AccessConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What keeps a few hostile HTTP clients from taking the web server: the request-body gate in front
 * of everything, and on Tomcat the valve that never drains an unread body. The body intake and the
 * access check are interceptors ({@link AccessConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class HttpLimitsConfiguration {

  @Bean
  FilterRegistrationBean<RequestBodyGate> requestBodyGate(DashboardProperties properties) {
    FilterRegistrationBean<RequestBodyGate> registration =
        new FilterRegistrationBean<>(new RequestBodyGate(properties.maxRequestBody().toBytes()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.setAsyncSupported(true);
    registration.addUrlPatterns("/*");
    return registration;
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.apache.catalina.valves.ValveBase")
  static class OnTomcat {

    @Bean
    TomcatContextCustomizer unreadBodyValve() {
      return context -> context.getPipeline().addValve(new UnreadBodyValve());
    }

    /**
     * The host's error report as a problem detail ({@link ProblemReportValve}). Boot adds its own
     * {@code ErrorReportValve} to the host in a customizer of its own, in no set order with this
     * one, so the others are taken out when the context starts, after every customizer ran.
     */
    @Bean
    TomcatContextCustomizer problemReportValve() {
      return context -> {
        if (context.getParent() instanceof StandardHost host) {
          host.setErrorReportValveClass(ProblemReportValve.class.getName());
          host.getPipeline().addValve(new ProblemReportValve());
          context.addLifecycleListener(
              event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                  for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve
                        && !(valve instanceof ProblemReportValve)) {
                      host.getPipeline().removeValve(valve);
                    }
                  }
                }
              });
        }
      };
    }
  }
}
