package org.certex.launcher;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The Spring Boot application that hosts whichever certex roles a command asks for; each role
 * brings its own configuration class (see {@link Role}). No component scan: roles are composed
 * explicitly. Every process filters its meters the same way ({@link MetricsFilters}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(MetricsFilters.class)
public class CertexApplication {}
