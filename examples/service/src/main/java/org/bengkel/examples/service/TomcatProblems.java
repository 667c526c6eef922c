package org.bengkel.examples.service;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Makes {@link ProblemReportValve} Tomcat's error report valve, so that requests Tomcat refuses
 * before Spring MVC are answered with a problem document too. The host creates its error report
 * valve by class name when it starts, after this customizer has run.
 *
 * <p>It also turns off Tomcat's logging of the requests it refuses ({@value #USER_DATA} = {@code
 * NONE}): Tomcat's connector logged the first such request at INFO (and every later one at DEBUG)
 * with the request target or the header line quoted, so a registration number or a name typed into
 * a URL or a header ({@code /premi/accounts/B.I-45|2025}, {@code X-Officer-NIP} with a control
 * character) reached the log. Tomcat reads the property when it creates a connection's processor,
 * which is after this customizer has run.
 */
@Component
class TomcatProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  /** Tomcat's switch for logging what a client sent in a request it refused. */
  static final String USER_DATA = "org.apache.juli.logging.UserDataHelper.CONFIG";

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    System.setProperty(USER_DATA, "NONE");
    factory.addContextCustomizers(
        context -> {
          if (context.getParent() instanceof StandardHost host) {
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
          }
        });
  }
}
