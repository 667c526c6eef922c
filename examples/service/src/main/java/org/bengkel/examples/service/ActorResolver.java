package org.bengkel.examples.service;

import java.util.List;
import org.bengkel.facility.Nip;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives an {@link Actor} parameter of a controller method the officer named by the {@value
 * Actor#HEADER} header: 401 without it, 400 when it is no valid NIP (bengkel's rule code) or when
 * the header is given twice.
 */
@Configuration(proxyBeanMethods = false)
class ActorResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Actor.class;
  }

  @Override
  public Actor resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest request,
      WebDataBinderFactory binderFactory) {
    String nip = request.getHeader(Actor.HEADER);
    if (nip == null || nip.isBlank()) {
      throw new ServiceException(HttpStatus.UNAUTHORIZED, ServiceRule.ACTOR_MISSING, Actor.HEADER);
    }
    // Two headers name two officers: the write would be stored under the first one Tomcat kept.
    String[] all = request.getHeaderValues(Actor.HEADER);
    if (all != null && all.length > 1) {
      throw ServiceException.invalid("header." + Actor.HEADER, Reason.GIVEN_TWICE);
    }
    return new Actor(BadInput.parse("header." + Actor.HEADER, () -> Nip.of(nip.strip())));
  }
}
