package org.certex.dashboard.access;

import org.certex.dashboard.DashboardProperties;
import org.certex.dashboard.web.RequestBodyIntake;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link AccessInterceptor} in front of every handler (it checks the dashboard's own, whatever
 * their paths, against who Spring Security says the caller is), then {@link RequestBodyIntake}: a
 * body is read only once the key has let its request through.
 */
@Configuration(proxyBeanMethods = false)
public class AccessConfiguration implements WebMvcConfigurer {

  private final AccessKeys keys;
  private final DashboardProperties properties;

  AccessConfiguration(AccessKeys keys, DashboardProperties properties) {
    this.keys = keys;
    this.properties = properties;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new AccessInterceptor(new ClearancePolicy(keys))).order(0);
    registry
        .addInterceptor(
            new RequestBodyIntake(
                properties.maxRequestBody().toBytes(), properties.requestBodyTimeout().toMillis()))
        // 1: the views' check of the CERT a path names (UnknownParticipants)
        .order(2);
  }
}
