package org.backcoach.app;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.SocketException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;

/**
 * The JVM's provider of NIO channels while {@link NetworkGuard} runs: every socket channel is
 * refused and recorded; selectors and pipes, which stay inside the process, come from the
 * platform's own provider (reached with {@code --add-exports java.base/sun.nio.ch=ALL-UNNAMED}).
 */
public final class RefusingSelectorProvider extends SelectorProvider {

    private final SelectorProvider platform;

    public RefusingSelectorProvider() {
        try {
            platform = (SelectorProvider) Class.forName("sun.nio.ch.DefaultSelectorProvider").getMethod("get").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("start the JVM with --add-exports java.base/sun.nio.ch=ALL-UNNAMED", e);
        }
    }

    @Override
    public DatagramChannel openDatagramChannel() throws IOException {
        throw refuse("java.nio.channels.DatagramChannel");
    }

    @Override
    public DatagramChannel openDatagramChannel(ProtocolFamily family) throws IOException {
        throw refuse("java.nio.channels.DatagramChannel");
    }

    @Override
    public ServerSocketChannel openServerSocketChannel() throws IOException {
        throw refuse("java.nio.channels.ServerSocketChannel");
    }

    @Override
    public ServerSocketChannel openServerSocketChannel(ProtocolFamily family) throws IOException {
        throw refuse("java.nio.channels.ServerSocketChannel");
    }

    @Override
    public SocketChannel openSocketChannel() throws IOException {
        throw refuse("java.nio.channels.SocketChannel");
    }

    @Override
    public SocketChannel openSocketChannel(ProtocolFamily family) throws IOException {
        throw refuse("java.nio.channels.SocketChannel");
    }

    @Override
    public Pipe openPipe() throws IOException {
        return platform.openPipe();
    }

    @Override
    public AbstractSelector openSelector() throws IOException {
        return platform.openSelector();
    }

    private static SocketException refuse(String kind) {
        NetworkGuard.record(kind);
        return new SocketException("network access refused by the test guard: " + kind);
    }
}
