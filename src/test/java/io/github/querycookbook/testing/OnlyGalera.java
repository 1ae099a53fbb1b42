package io.github.querycookbook.testing;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Supplies the test class's cluster {@link TestDatabase} to a {@link GaleraTest}, as {@link EachEngine} does, or
 * nothing when {@code cookbook.engines} leaves the cluster out.
 */
final class OnlyGalera implements ArgumentsProvider {

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return Engines.selected(Engine.GALERA)
                ? Stream.of(Arguments.of(EachEngine.databaseOf(context, Engine.GALERA)))
                : Stream.empty();
    }
}
