package io.onme.playbook.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Published versions are history: the database itself refuses to change or delete them. */
@QuarkusTest
class PlaybookVersionImmutabilityResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void publishedVersionsCannotBeUpdatedOrDeleted() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            SQLException update = assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate(
                            "update playbook_versions set snapshot = '{}' where playbook_id = 'builtin-ready-he'"));
            assertTrue(update.getMessage().contains("immutable"));
            assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate(
                            "delete from playbook_versions where playbook_id = 'builtin-ready-he'"));
            try (ResultSet rs = s.executeQuery(
                    "select snapshot ->> 'title' from playbook_versions"
                            + " where playbook_id = 'builtin-ready-he' and version = 1")) {
                assertTrue(rs.next());
                assertEquals("לקוח ״אידיאלי״: לא לנוח על הזרים", rs.getString(1));
            }
        }
    }

    @Test
    void hebrewPrefixVariantsAreIndexed() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select hebrew_prefix_variants('וכשהלקוח של מחיר gallery')")) {
            assertTrue(rs.next());
            // "של" is too short to strip, "gallery" is not Hebrew
            assertEquals(
                    Set.of("כשהלקוח", "שהלקוח", "הלקוח", "חיר"),
                    Set.of(rs.getString(1).split(" ")));
        }
    }
}
