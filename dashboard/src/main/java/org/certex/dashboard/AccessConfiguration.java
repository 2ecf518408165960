package org.certex.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link AccessInterceptor} in front of every handler; it checks the dashboard's own, whatever
 * their paths.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration implements WebMvcConfigurer {

  private final AccessKeys keys;

  AccessConfiguration(AccessKeys keys) {
    this.keys = keys;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new AccessInterceptor(keys));
  }
}
