package org.certex.launcher;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The Spring Boot application that hosts whichever certex roles a command asks for; each role
 * brings its own configuration class (see {@link Role}). No component scan: roles are composed
 * explicitly.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class CertexApplication {}
