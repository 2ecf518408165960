package org.certex.dashboard.views;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.certex.dashboard.web.Problems;
import org.certex.dashboard.web.Texts;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Answers 404, with a message, for a CERT a run does not have: exercise control and evaluators may
 * read any CERT's views of a run ({@code /api/runs/{runId}/certs/{orgId}/...}), and a mistyped id
 * must say so rather than look like a CERT that received nothing. Runs after the access check, so a
 * team asking about another CERT is refused (403) before anything is said of the roster; a run
 * whose record was not seen yet (no roster) is left to the handlers.
 */
@Configuration(proxyBeanMethods = false)
class UnknownParticipants implements WebMvcConfigurer, HandlerInterceptor {

  private final ExerciseViews views;

  UnknownParticipants(ExerciseViews views) {
    this.views = views;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // After AccessInterceptor (0), before a body is read (RequestBodyIntake, 2).
    registry.addInterceptor(this).order(1);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    if (!(handler instanceof HandlerMethod)) {
      return true;
    }
    Map<String, String> variables = pathVariables(request);
    String runId = variables.get("runId");
    String certId = variables.get("orgId");
    if (runId == null || certId == null) {
      return true;
    }
    Optional<RunView> run = views.run(runId);
    if (run.isEmpty()
        || run.get().participants().isEmpty()
        || run.get().participants().stream().anyMatch(p -> p.id().equals(certId))) {
      return true;
    }
    Problems.write(
        response,
        HttpStatus.NOT_FOUND,
        "Run " + runId + " has no participant " + Texts.quoted(certId),
        request.getRequestURI());
    return false;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> pathVariables(HttpServletRequest request) {
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
  }
}
