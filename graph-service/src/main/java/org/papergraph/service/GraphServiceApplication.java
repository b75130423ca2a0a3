package org.papergraph.service;

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
        return new SpringApplicationBuilder(GraphServiceApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .properties(defaults)
                .initializers(context -> beans.accept((GenericApplicationContext) context))
                .run(args.toArray(String[]::new));
    }
}
