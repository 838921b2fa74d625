package org.zhicheng.starter.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/** A list bound as a PostgreSQL {@code text[]} parameter ({@code JdbcClient.param(name, new TextArray(list))}), and read back from one. */
public final class TextArray extends AbstractSqlTypeValue {

    private final List<String> values;

    public TextArray(List<String> values) {
        this.values = values == null ? List.of() : values;
    }

    @Override
    protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    /** The column's array as a list; empty for SQL NULL. */
    public static List<String> read(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
