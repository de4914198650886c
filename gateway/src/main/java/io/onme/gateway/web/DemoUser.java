package io.onme.gateway.web;

import java.util.List;

/**
 * A user of the demo tenant that the embedded sign-in offers (resource {@code
 * web/demo-users.json}).
 */
public record DemoUser(
        String id, String name, List<String> roles, List<String> teams, String locale) {
}
