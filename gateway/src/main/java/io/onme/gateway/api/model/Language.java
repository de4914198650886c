package io.onme.gateway.api.model;

/** GraphQL enum {@code Language}; the same names travel in the services' JSON. */
public enum Language {
    HE,
    EN
}
