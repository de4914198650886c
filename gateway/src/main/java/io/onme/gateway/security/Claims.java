package io.onme.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import io.onme.gateway.api.model.Language;

/** Reading OnMe's custom claims, whatever JSON shape the JWT library hands them over in. */
final class Claims {

    private Claims() {
    }

    static List<String> strings(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                values.add(value instanceof JsonString text ? text.getString() : value.toString());
            }
        } else if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> values.add(String.valueOf(value)));
        } else if (claim != null) {
            values.add(claim.toString());
        }
        return values;
    }

    static Language language(String locale) {
        String tag = locale.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (tag.startsWith("he") || tag.startsWith("iw")) {
            return Language.HE;
        }
        if (tag.startsWith("en")) {
            return Language.EN;
        }
        return null;
    }
}
