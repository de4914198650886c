package io.onme.playbook.domain;

public enum Language {
    HE,
    EN
}
