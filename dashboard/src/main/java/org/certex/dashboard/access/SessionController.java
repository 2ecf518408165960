package org.certex.dashboard.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a page's session holds: the grants of the links opened in it and the CSRF token its writes
 * must carry ({@link SessionView}). Open to anyone: it tells a caller only what the caller's own
 * cookie opened. A caller without a session gets no token, and none is made for it (no session per
 * stranger's request). Logging out forgets the session and every grant in it.
 */
@RestController
@RequestMapping(path = "/api/session", produces = MediaType.APPLICATION_JSON_VALUE)
class SessionController {

  @GetMapping
  @RequiresClearance(Clearance.OPEN)
  ResponseEntity<SessionView> session(HttpServletRequest request) {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    CsrfToken csrf =
        request.getSession(false) == null
            ? null
            : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(
            SessionView.of(
                caller instanceof SessionGrants held ? held.grants() : List.of(),
                AccessSecurityConfiguration.CSRF_HEADER,
                csrf == null ? null : csrf.getToken()));
  }

  @PostMapping("/logout")
  @RequiresClearance(Clearance.OPEN)
  ResponseEntity<Void> logout(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
    return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
  }
}
