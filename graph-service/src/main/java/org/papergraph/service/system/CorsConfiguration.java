package org.papergraph.service.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CORS for the origins in {@code papergraph.web.allowed-origins} and for no other: with none
 * configured (the default) no CORS header is ever sent, so browsers keep other sites' pages from
 * reading any answer. It also enables {@link WebProperties} for {@link BrowserGuardFilter}, so
 * that web slices ({@code @WebMvcTest}), which pick up filters and MVC configurers but not
 * scanned properties, get them too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
class CorsConfiguration implements WebMvcConfigurer {

    private final WebProperties properties;

    CorsConfiguration(WebProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (properties.allowedOrigins().isEmpty()) {
            return;
        }
        String[] origins = properties.allowedOrigins().toArray(String[]::new);
        for (String path : new String[] {"/api/**", "/sparql"}) {
            registry.addMapping(path).allowedOrigins(origins).allowedMethods("GET", "POST")
                    .allowedHeaders("Content-Type", "Accept", "Authorization", "X-API-Token");
        }
    }
}
