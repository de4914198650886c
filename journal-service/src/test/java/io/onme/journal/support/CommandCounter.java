package io.onme.journal.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/** Counts the MongoDB commands the app sends, by "command collection" (e.g. "find encounters"). */
@ApplicationScoped
public class CommandCounter implements CommandListener {

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String name = event.getCommandName();
        String collection = event.getCommand().containsKey(name) && event.getCommand().get(name).isString()
                ? event.getCommand().getString(name).getValue()
                : "";
        counts.computeIfAbsent(name + " " + collection, k -> new AtomicLong()).incrementAndGet();
    }

    public long count(String commandAndCollection) {
        AtomicLong count = counts.get(commandAndCollection);
        return count == null ? 0 : count.get();
    }
}
