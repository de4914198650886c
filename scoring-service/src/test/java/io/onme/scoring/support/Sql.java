package io.onme.scoring.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Direct looks at the database, for asserting what was stored (not for producing results). */
public final class Sql {

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long factRows(String tenant, String encounterId) {
        return Long.parseLong(
                query(
                        "SELECT count(*) FROM score_fact WHERE tenant_id = ? AND encounter_id = ?",
                        tenant,
                        encounterId));
    }

    /** One column of one fact, as PostgreSQL prints it. */
    public String factColumn(String tenant, String encounterId, String column) {
        return query(
                "SELECT "
                        + column
                        + "::text FROM score_fact WHERE tenant_id = ? AND encounter_id = ?",
                tenant,
                encounterId);
    }

    public String query(String sql, String... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int execute(String sql, String... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
