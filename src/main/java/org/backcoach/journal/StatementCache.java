package org.backcoach.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared statements for the saving path, compiled once per connection instead of once per save.
 * Callers never close them, and read every query to its end so no read snapshot stays open.
 * {@code VACUUM INTO} refuses to run beside them, so it closes the cache first
 * (see {@link JournalMaintenance#copyTo}).
 */
final class StatementCache {

    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private Connection owner;

    PreparedStatement get(Connection connection, String sql) throws SQLException {
        if (connection != owner) {
            close();
            owner = connection;
        }
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    void close() {
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // Closing the connection next releases it anyway.
            }
        }
        statements.clear();
        owner = null;
    }
}
