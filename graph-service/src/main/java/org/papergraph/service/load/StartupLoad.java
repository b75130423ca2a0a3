package org.papergraph.service.load;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads the {@link StartupInput}, if there is one, after the concept-graph projection has
 * started and before the web server opens (Spring starts lifecycles by ascending phase; the
 * web server's is near {@code Integer.MAX_VALUE}).
 */
@Component
class StartupLoad implements SmartLifecycle {

    private final ObjectProvider<StartupInput> input;
    private final GraphLoader loader;
    private volatile boolean running;

    StartupLoad(ObjectProvider<StartupInput> input, GraphLoader loader) {
        this.input = input;
        this.loader = loader;
    }

    @Override
    public void start() {
        input.ifAvailable(in -> loader.load(in.dataset()));
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 0;
    }
}
