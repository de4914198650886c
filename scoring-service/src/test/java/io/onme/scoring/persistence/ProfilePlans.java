package io.onme.scoring.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.onme.scoring.domain.Window;

/** EXPLAIN (ANALYZE, BUFFERS) of the profile statement, for the benchmark's report. */
public final class ProfilePlans {

    private ProfilePlans() {
    }

    public static List<String> explainLeaderboard(
            IndicatorQueries queries,
            DataSource dataSource,
            String tenantId,
            String teamId,
            Window window,
            Instant asOf)
            throws SQLException {
        IndicatorQueries.Named statement = queries.profileStatement(
                tenantId, IndicatorQueries.Scope.team(teamId), null, window, asOf);
        List<String> plan = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql())) {
            s.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
            for (int i = 0; i < statement.params().size(); i++) {
                Object value = statement.params().get(i);
                if (value instanceof String[] array) {
                    Array sqlArray = c.createArrayOf("text", array);
                    s.setArray(i + 1, sqlArray);
                } else {
                    s.setObject(i + 1, value, java.sql.Types.VARCHAR);
                }
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
        }
        return plan;
    }
}
