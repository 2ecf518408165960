package org.certex.dashboard.replay;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the dashboard replays a run: {@code certex.dashboard.replay-run} is set, in any of the
 * spellings the dashboard's settings take (e.g. {@code CERTEX_DASHBOARD_REPLAYRUN}).
 */
final class ReplayCondition implements Condition {

  static final String PROPERTY = "certex.dashboard.replay-run";

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return Binder.get(context.getEnvironment())
        .bind(PROPERTY, String.class)
        .map(run -> !run.isBlank())
        .orElse(false);
  }
}
