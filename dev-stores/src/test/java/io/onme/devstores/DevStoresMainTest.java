package io.onme.devstores;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The command line of dev-stores refuses what it does not know instead of ignoring it. */
class DevStoresMainTest {

    private static DevStoresMain.Options tokenOptions(String... args) {
        DevStoresMain.Options options = new DevStoresMain.Options(args);
        options.accept(DevStoresMain.acceptedOptions("token"));
        DevStoresMain.checkRoles(options.values("--role"));
        return options;
    }

    @Test
    void aMistypedOptionIsRefusedNotIgnored() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> tokenOptions("--keys", "k", "--roles", "admin"));
        assertTrue(e.getMessage().contains("--roles"), e.getMessage());
    }

    @Test
    void anUnknownRoleIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> tokenOptions("--keys", "k", "--role", "superuser"));
    }

    @Test
    void repeatedOptionsAreKeptInOrder() {
        DevStoresMain.Options options = assertDoesNotThrow(
                () -> tokenOptions(
                        "--keys", "k", "--role", "coach", "--team", "north",
                        "--team", "south"));
        assertEquals(List.of("north", "south"), options.values("--team"));
        assertEquals("coach", options.value("--role", "rep"));
    }

    @Test
    void anOptionWithoutAValueIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new DevStoresMain.Options(new String[] { "--keys" }));
    }

    @Test
    void everyVerbTheLauncherUsesKnowsItsOptions() {
        for (String verb : List.of("stores", "keys", "token", "wait", "seed", "oidc-token")) {
            assertTrue(!DevStoresMain.acceptedOptions(verb).isEmpty(), verb);
        }
        assertThrows(IllegalArgumentException.class, () -> DevStoresMain.acceptedOptions("tokens"));
    }
}
