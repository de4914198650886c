package io.onme.journal.domain;

/** Values as named in the public GraphQL contract. */
public enum Language {
    HE,
    EN
}
