package org.certex.launcher;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The Spring Boot application that hosts whichever certex roles a command asks for; each role
 * brings its own configuration class (see {@link Role}). No component scan: roles are composed
 * explicitly. Every process filters its meters the same way ({@link MetricsFilters}). Spring
 * Security comes with the dashboard, which brings its own chain (capability links, no users);
 * Boot's default web security (a generated user, actuator behind a login) is left out, so a process
 * without the dashboard serves its health and metrics as before.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(
    exclude = {
      ServletWebSecurityAutoConfiguration.class,
      ManagementWebSecurityAutoConfiguration.class,
      UserDetailsServiceAutoConfiguration.class
    })
@Import(MetricsFilters.class)
public class CertexApplication {}
