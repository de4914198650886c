package io.onme.gateway.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;

import io.onme.gateway.api.model.PageInfo;
import io.onme.gateway.client.PageData;
import io.onme.gateway.error.GatewayException;

/**
 * Relay-style pages over the services' cursor pages. The services hand out one cursor per page; the
 * gateway's edge cursor is (the service cursor the page started at, how many of its items were
 * already seen), so every edge can be continued from, and the last edge of a fully read page simply
 * carries the service's next cursor.
 */
final class Pages {

    static final int DEFAULT_FIRST = 20;

    private Pages() {
    }

    record Position(String serviceAfter, int skip) {
    }

    record Slice<T, E>(List<E> edges, PageInfo pageInfo, int totalCount) {
    }

    static int first(Integer first, int max) {
        int value = first == null ? DEFAULT_FIRST : first;
        if (value < 1 || value > max) {
            throw GatewayException.badInput("first", "first must be between 1 and " + max);
        }
        return value;
    }

    static Position position(String after) {
        if (after == null || after.isEmpty()) {
            return new Position(null, 0);
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            String[] parts = decoded.split("\\|", 3);
            if (parts.length != 3 || !parts[0].equals("c1")) {
                throw new IllegalArgumentException();
            }
            int skip = Integer.parseInt(parts[1]);
            if (skip < 0 || skip > 100) {
                throw new IllegalArgumentException();
            }
            return new Position(parts[2].isEmpty() ? null : parts[2], skip);
        } catch (IllegalArgumentException unreadable) {
            throw GatewayException.badInput("after", "after is not a cursor this API handed out");
        }
    }

    /** How many items to ask the service for so that {@code first} remain after skipping. */
    static int serviceLimit(Position position, int first, int max) {
        return Math.min(max, position.skip() + first);
    }

    static <T, E> Slice<T, E> slice(
            PageData<T> page, Position position, int first, BiFunction<String, T, E> edge) {
        List<T> items = page.items();
        List<E> edges = new ArrayList<>();
        String endCursor = null;
        int end = Math.min(items.size(), position.skip() + first);
        for (int index = position.skip(); index < end; index++) {
            boolean lastOfPage = index == items.size() - 1;
            String cursor = lastOfPage && page.nextCursor() != null
                    ? encode(page.nextCursor(), 0)
                    : encode(position.serviceAfter(), index + 1);
            edges.add(edge.apply(cursor, items.get(index)));
            endCursor = cursor;
        }
        boolean hasNext = end < items.size() || page.nextCursor() != null;
        int total = page.totalCount() != null ? page.totalCount() : edges.size();
        return new Slice<>(edges, new PageInfo(hasNext, endCursor), total);
    }

    static String encode(String serviceAfter, int skip) {
        String raw = "c1|" + skip + "|" + (serviceAfter == null ? "" : serviceAfter);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
