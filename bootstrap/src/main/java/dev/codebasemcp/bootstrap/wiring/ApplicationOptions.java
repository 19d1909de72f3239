package dev.codebasemcp.bootstrap.wiring;

import dev.codebasemcp.application.port.in.SearchCodeUseCase;
import dev.codebasemcp.application.port.out.Indexer;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What an interface may add around the core when it opens the application, such as metrics: the
 * indexer every job runs and the search every interface calls can be wrapped.
 */
public record ApplicationOptions(UnaryOperator<Indexer> indexerDecorator, UnaryOperator<SearchCodeUseCase> searchDecorator) {

    public static final ApplicationOptions NONE = new ApplicationOptions(UnaryOperator.identity(), UnaryOperator.identity());

    public ApplicationOptions {
        Objects.requireNonNull(indexerDecorator, "indexerDecorator");
        Objects.requireNonNull(searchDecorator, "searchDecorator");
    }

    public ApplicationOptions withIndexerDecorator(UnaryOperator<Indexer> decorator) {
        return new ApplicationOptions(decorator, searchDecorator);
    }

    public ApplicationOptions withSearchDecorator(UnaryOperator<SearchCodeUseCase> decorator) {
        return new ApplicationOptions(indexerDecorator, decorator);
    }
}
