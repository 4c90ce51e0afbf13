package com.gmpgate.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.port.IdempotencyConflictException;
import com.gmpgate.port.InvalidCursorException;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.StaleVersionException;
import com.gmpgate.port.Stored;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The same behaviour shared-lib/dynamodb's SubmissionStoreContract asks of the DynamoDB adapter. */
class InMemorySubmissionStoreTest {

    private final InMemorySubmissionStore store = new InMemorySubmissionStore();

    @Test
    void theSameClientSubmissionIdWithTheSameHash_returnsTheFirstRecord_notCreated() {
        Submission first = FakeData.submission("site-a", "w1", FakeData.NOW, Verdict.PASS);
        store.create(first);

        Stored<Submission> again = store.create(FakeData.withId(first, FakeData.id(), first.requestHash()));

        assertThat(again).isEqualTo(new Stored<>(first, false));
        assertThat(store.all()).hasSize(1);
    }

    @Test
    void theSameClientSubmissionIdWithAnotherHash_isAConflict_andStoresNothing() {
        Submission first = FakeData.submission("site-a", "w1", FakeData.NOW, Verdict.PASS);
        store.create(first);
        Submission changed = FakeData.withId(first, FakeData.id(), "another-hash");

        assertThatThrownBy(() -> store.create(changed)).isInstanceOf(IdempotencyConflictException.class);
        assertThat(store.findById(changed.id())).isEmpty();
    }

    @Test
    void theSameClientSubmissionIdOfAnotherWorker_isAnotherRequest() {
        Submission mine = FakeData.submission("site-a", "w1", FakeData.NOW, Verdict.PASS);
        store.create(mine);
        Submission theirs = new Submission(FakeData.id(), "site-a", "w2", mine.clientSubmissionId(), "h2",
                mine.submittedAt(), mine.siteDate(), List.of(), mine.evaluation(), mine.verdict(), List.of(),
                Optional.empty(), mine.expiresAt(), 1);

        assertThat(store.create(theirs).created()).isTrue();
    }

    @Test
    void update_needsTheNextVersion() {
        Submission pending = FakeData.submission("site-a", "w1", FakeData.NOW, Verdict.PENDING_REVIEW);
        store.create(pending);

        store.update(FakeData.nextVersion(pending, Verdict.PASS));

        assertThat(store.findById(pending.id()).orElseThrow().verdict()).isEqualTo(Verdict.PASS);
        assertThatThrownBy(() -> store.update(FakeData.nextVersion(pending, Verdict.FAIL)))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void listings_areNewestFirst_filtered_andPagedWithCursorsBoundToTheirListing() {
        List<Submission> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Submission s = FakeData.submission("site-a", "w1", FakeData.NOW.plusSeconds(60L * i),
                    i % 2 == 0 ? Verdict.PASS : Verdict.FAIL);
            store.create(s);
            mine.add(s);
        }
        Submission colleague = FakeData.submission("site-a", "w2", FakeData.NOW.plusSeconds(30), Verdict.FAIL);
        store.create(colleague);
        store.create(FakeData.submission("site-b", "w3", FakeData.NOW, Verdict.FAIL));

        assertThat(drain(c -> store.listByWorker("w1", new PageRequest(c, 2)))).extracting(Submission::id)
                .containsExactly(mine.get(4).id(), mine.get(3).id(), mine.get(2).id(), mine.get(1).id(), mine.get(0).id());
        assertThat(drain(c -> store.listBySiteDate("site-a", FakeData.DAY, Optional.of(Verdict.FAIL), Optional.empty(),
                new PageRequest(c, 1)))).extracting(Submission::id)
                .containsExactly(mine.get(3).id(), mine.get(1).id(), colleague.id());
        assertThat(drain(c -> store.listBySiteDate("site-a", FakeData.DAY, Optional.empty(), Optional.of("w1"),
                new PageRequest(c, 3)))).hasSize(5);
        assertThat(store.findByClientSubmissionId("w1", mine.get(2).clientSubmissionId())).contains(mine.get(2));
        assertThat(store.findByClientSubmissionId("w2", mine.get(2).clientSubmissionId())).isEmpty();
        assertThat(store.findByClientSubmissionId("w1", "never-sent")).isEmpty();

        String cursor = store.listByWorker("w1", PageRequest.first(1)).nextCursor().orElseThrow();
        assertThatThrownBy(() -> store.listByWorker("w2", new PageRequest(Optional.of(cursor), 1)))
                .isInstanceOf(InvalidCursorException.class);
    }

    static <T> List<T> drain(Function<Optional<String>, Page<T>> list) {
        List<T> all = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<T> page = list.apply(cursor);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return all;
    }
}
