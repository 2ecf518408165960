package org.certex.dashboard.web;

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
  }
}
