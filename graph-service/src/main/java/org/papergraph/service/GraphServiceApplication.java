package org.papergraph.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The Spring Boot application behind {@code papergraph load} and {@code papergraph serve}.
 * Configuration is plain Spring Boot: {@code application.yml}, environment variables and
 * {@code --name=value} arguments.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GraphServiceApplication {

    /**
     * The command line reports a failed start itself: one sentence for what the user can fix
     * ({@link org.papergraph.service.system.StartupFailures}), else the stack trace once. So
     * Spring's and Tomcat's own reports of the same failure are off (configurable as usual).
     */
    private static final Map<String, Object> QUIET_FAILURES = Map.of(
            "logging.level.org.springframework.boot.SpringApplication", "off",
            "logging.level.org.springframework.boot.diagnostics", "off",
            "logging.level.org.springframework.boot.autoconfigure.logging", "off",
            "logging.level.org.springframework.boot.web.server", "error",
            "logging.level.org.springframework.context", "error",
            "logging.level.org.apache.catalina", "off",
            "logging.level.org.apache.coyote", "off");

    /**
     * Starts the application.
     *
     * @param web whether to start the HTTP server
     * @param args Spring Boot arguments ({@code --server.port=8081})
     * @param defaults properties that apply unless configured otherwise
     * @param beans registers extra beans before the context refreshes
     * @return the running context; closing it stops Neo4j
     */
    public static ConfigurableApplicationContext start(boolean web, List<String> args, Map<String, Object> defaults,
            Consumer<GenericApplicationContext> beans) {
        Map<String, Object> properties = new HashMap<>(QUIET_FAILURES);
        properties.putAll(defaults);
        return new SpringApplicationBuilder(GraphServiceApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .properties(properties)
                .initializers(context -> beans.accept((GenericApplicationContext) context))
                .run(args.toArray(String[]::new));
    }
}
