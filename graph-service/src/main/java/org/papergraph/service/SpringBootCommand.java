package org.papergraph.service;

import java.util.List;

/** A command that starts Spring Boot and passes it the arguments that are not its own. */
public interface SpringBootCommand {

    /** Returns the mutable list of arguments for Spring Boot, such as {@code --server.port=8081}. */
    List<String> springArgs();
}
