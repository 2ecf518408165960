package org.certex.dashboard.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call the API endpoint this handler method serves. Every handler method of the dashboard's
 * controllers must say so: {@link AccessInterceptor} refuses the endpoints that do not, so a new
 * endpoint is closed until someone decides who may see it. A write declares {@link
 * Clearance#TEAM_ACTION} or {@link Clearance#CONTROL}: evaluators are refused every write anyway.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresClearance {

  Clearance value();
}
