package io.onme.scoring.analysis;

/** The languages OnMe analyses. */
public enum Language {
    HE,
    EN
}
