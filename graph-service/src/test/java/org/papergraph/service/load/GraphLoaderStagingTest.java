package org.papergraph.service.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.service.system.PaperGraphProperties;

/** A batch goes to every store or to none: the loader aborts what it staged when a later store fails. */
class GraphLoaderStagingTest {

    static final Node PAPER = NodeFactory.createURI("https://papergraph.org/id/paper/1");

    final List<String> events = new ArrayList<>();

    @Test
    void load_allStoresSucceed_everyStagedWriteCommitted() {
        loader(new StagingStore("tdb2"), new ImmediateStore(false)).load(dataset());
        assertThat(events).containsExactly("stage tdb2", "write neo4j", "commit tdb2");
    }

    @Test
    void load_laterStoreFails_stagedWriteAborted_nothingCommitted() {
        GraphLoader loader = loader(new StagingStore("tdb2"), new ImmediateStore(true));
        assertThatThrownBy(() -> loader.load(dataset())).hasMessageContaining("neo4j is down");
        assertThat(events).containsExactly("stage tdb2", "abort tdb2");
    }

    private GraphLoader loader(GraphStore... stores) {
        PaperGraphProperties properties = mock(PaperGraphProperties.class);
        when(properties.load()).thenReturn(new PaperGraphProperties.Load(10));
        return new GraphLoader(List.of(stores), event -> { }, properties);
    }

    private static DatasetGraph dataset() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        dataset.add(PAPER, PAPER, Terms.TITLE, NodeFactory.createLiteralString("A title"));
        return dataset;
    }

    private final class StagingStore implements GraphStore {
        private final String name;

        StagingStore(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void prepare() { }

        @Override
        public void replacePapers(List<PaperGraph> papers) {
            stage(papers).commit();
        }

        @Override
        public StagedWrite stage(List<PaperGraph> papers) {
            events.add("stage " + name);
            return new StagedWrite() {
                @Override
                public void commit() {
                    events.add("commit " + name);
                }

                @Override
                public void abort() {
                    events.add("abort " + name);
                }
            };
        }
    }

    private final class ImmediateStore implements GraphStore {
        private final boolean fails;

        ImmediateStore(boolean fails) {
            this.fails = fails;
        }

        @Override
        public String name() {
            return "neo4j";
        }

        @Override
        public void prepare() { }

        @Override
        public void replacePapers(List<PaperGraph> papers) {
            if (fails) {
                throw new IllegalStateException("neo4j is down");
            }
            events.add("write neo4j");
        }
    }
}
