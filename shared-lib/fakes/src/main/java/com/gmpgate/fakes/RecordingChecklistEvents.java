package com.gmpgate.fakes;

import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.port.ChecklistEvents;
import java.util.ArrayList;
import java.util.List;

/** {@link ChecklistEvents} that keeps what was published, for assertions. Thread-safe. */
public final class RecordingChecklistEvents implements ChecklistEvents {

    private final List<ChecklistEvaluated> published = new ArrayList<>();

    @Override
    public synchronized void publish(ChecklistEvaluated event) {
        published.add(event);
    }

    public synchronized List<ChecklistEvaluated> published() {
        return List.copyOf(published);
    }
}
