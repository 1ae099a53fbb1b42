package io.github.querycookbook.perf;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that hands out the same physical connection every time, with {@code close()} ignored: both cookbooks
 * then run on one connection, since two physical connections alone can differ by 60 % for the same query.
 */
final class OneConnection implements DataSource {

    private final Connection shared;

    OneConnection(Connection physical) {
        this.shared = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection() {
        return shared;
    }

    @Override
    public Connection getConnection(String username, String password) {
        return shared;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        throw new UnsupportedOperationException("no log writer");
    }

    @Override
    public void setLoginTimeout(int seconds) {
        throw new UnsupportedOperationException("no login timeout");
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) {
        throw new UnsupportedOperationException("nothing to unwrap");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
