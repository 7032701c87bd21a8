package org.createyourresume.web.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.createyourresume.web.resume.ResumeRepository.SaveOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The repository's behaviour, run unchanged on H2 ({@link ResumeRepositoryH2Tests}) and on
 * PostgreSQL ({@link ResumeRepositoryPostgresTests}), with the Flyway migrations applied. Tests run
 * outside a test transaction, as the application does (auto-commit), so that concurrent saves
 * really compete.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(ResumeRepository.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class ResumeRepositoryContract {

  static final String DOC = "{\"basics\":{\"name\":\"Ana Lima\"}}";
  private static final Instant T0 = Instant.parse("2026-01-10T09:00:00.123456Z");

  @Autowired ResumeRepository repository;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void empty() {
    jdbc.sql("DELETE FROM resume").update();
    jdbc.sql("DELETE FROM revoked_share").update();
  }

  /** When the share link was revoked, if it is remembered as revoked. */
  private java.util.Optional<Instant> revokedAt(String shareId) {
    return jdbc.sql("SELECT revoked_at FROM revoked_share WHERE share_id_hash = :hash")
        .param("hash", Capabilities.hash(shareId))
        .query((rs, row) -> ResumeRepository.instant(rs, "revoked_at"))
        .optional();
  }

  private long revokedMarkers() {
    return jdbc.sql("SELECT COUNT(*) FROM revoked_share").query(Long.class).single();
  }

  private String insert(String document, Instant at) {
    String id = Capabilities.newId();
    repository.insert(id, Capabilities.hash("token-" + id), document, null, false, at);
    return id;
  }

  @Test
  void storesANewResumeAtVersionOneExactlyAsSent() {
    String document = "{\"basics\":{\"name\":\"Zoë Ødegård – Ελένη Щукина 😀\"},\"x\":[1,2]}";
    String id = insert(document, T0);
    StoredResume stored = repository.find(id).orElseThrow();
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.document()).isEqualTo(document);
    assertThat(stored.shareId()).isNull();
    assertThat(stored.createdAt()).isEqualTo(T0);
    assertThat(stored.updatedAt()).isEqualTo(T0);
    assertThat(stored.touchedAt()).isEqualTo(T0);
    assertThat(repository.tokenHash(id)).hasValue(Capabilities.hash("token-" + id));
    assertThat(repository.find(Capabilities.newId())).isEmpty();
    assertThat(repository.tokenHash(Capabilities.newId())).isEmpty();
  }

  @Test
  void holdsTheLargestDocumentTheColumnAllows() {
    String big = "{\"basics\":{\"summary\":\"" + "é".repeat((int) StoreProperties.COLUMN_LIMIT - 40)
        + "\"}}";
    String id = insert(big, T0);
    assertThat(repository.find(id).orElseThrow().document()).isEqualTo(big);
  }

  @Test
  void aSaveBasedOnTheStoredVersionIsAcceptedAndCountsUp() {
    String id = insert(DOC, T0);
    Instant later = T0.plus(Duration.ofMinutes(5));
    SaveOutcome outcome = repository.save(id, 1, "{\"v\":2}", later);
    assertThat(outcome).isEqualTo(new SaveOutcome.Saved(2, later));
    assertThat(repository.save(id, 2, "{\"v\":3}", later)).isEqualTo(new SaveOutcome.Saved(3, later));
    StoredResume stored = repository.find(id).orElseThrow();
    assertThat(stored.version()).isEqualTo(3);
    assertThat(stored.document()).isEqualTo("{\"v\":3}");
    assertThat(stored.createdAt()).isEqualTo(T0);
    assertThat(stored.updatedAt()).isEqualTo(later);
  }

  @Test
  void aStaleSaveIsRefusedWithTheCurrentVersionAndChangesNothing() {
    String id = insert(DOC, T0);
    repository.save(id, 1, "{\"v\":2}", T0);
    assertThat(repository.save(id, 1, "{\"stale\":true}", T0)).isEqualTo(new SaveOutcome.Stale(2));
    assertThat(repository.save(id, 7, "{\"future\":true}", T0)).isEqualTo(new SaveOutcome.Stale(2));
    assertThat(repository.find(id).orElseThrow().document()).isEqualTo("{\"v\":2}");
  }

  @Test
  void savingAMissingResumeSaysSo() {
    assertThat(repository.save(Capabilities.newId(), 1, DOC, T0))
        .isEqualTo(new SaveOutcome.Missing());
  }

  @Test
  void ofConcurrentSavesBasedOnOneVersionExactlyOneWins() throws Exception {
    String id = insert(DOC, T0);
    int writers = 12;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<SaveOutcome>> results = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String document = "{\"writer\":" + i + "}";
        Callable<SaveOutcome> save = () -> {
          start.await();
          return repository.save(id, 1, document, T0);
        };
        results.add(pool.submit(save));
      }
      start.countDown();
      List<SaveOutcome> outcomes = new ArrayList<>();
      for (Future<SaveOutcome> result : results) {
        outcomes.add(result.get());
      }
      assertThat(outcomes).filteredOn(o -> o instanceof SaveOutcome.Saved).hasSize(1);
      assertThat(outcomes).filteredOn(o -> o instanceof SaveOutcome.Stale)
          .hasSize(writers - 1)
          .allSatisfy(o -> assertThat(o).isEqualTo(new SaveOutcome.Stale(2)));
      assertThat(repository.find(id).orElseThrow().version()).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void deletingRemovesTheRow() {
    String id = insert(DOC, T0);
    repository.share(id, Capabilities.newShareId(), false, T0);
    assertThat(repository.delete(id, T0)).isTrue();
    assertThat(repository.find(id)).isEmpty();
    assertThat(repository.tokenHash(id)).isEmpty();
    assertThat(repository.delete(id, T0)).isFalse();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM resume").query(Long.class).single()).isZero();
  }

  @Test
  void everyLinkThatStopsIsRememberedAsRevokedByItsHashOnly() {
    String id = insert(DOC, T0);
    String first = Capabilities.newShareId();
    repository.share(id, first, false, T0);
    assertThat(revokedMarkers()).as("a live link is not revoked").isZero();
    Instant replaced = T0.plus(Duration.ofHours(1));
    String second = Capabilities.newShareId();
    repository.share(id, second, false, replaced);
    assertThat(revokedAt(first)).as("replaced by a new link").hasValue(replaced);
    Instant off = T0.plus(Duration.ofHours(2));
    repository.share(id, null, false, off);
    assertThat(revokedAt(second)).as("turned off").hasValue(off);
    repository.share(id, null, false, off.plusSeconds(1));
    assertThat(revokedMarkers()).as("turning off what is off stops nothing").isEqualTo(2);
    String third = Capabilities.newShareId();
    repository.share(id, third, false, off);
    Instant deleted = T0.plus(Duration.ofHours(3));
    assertThat(repository.delete(id, deleted)).isTrue();
    assertThat(revokedAt(third)).as("its resume deleted").hasValue(deleted);
    String unshared = insert(DOC, T0);
    repository.delete(unshared, deleted);
    assertThat(revokedMarkers()).isEqualTo(3);
    assertThat(jdbc.sql("SELECT share_id_hash FROM revoked_share").query(String.class).list())
        .as("no share id is stored as it is, only its hash")
        .doesNotContain(first, second, third)
        .allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{64}"));
  }

  @Test
  void ofConcurrentNewLinksEveryReplacedOneIsRememberedAndOnlyTheLastWorks() throws Exception {
    String id = insert(DOC, T0);
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<String> links = new ArrayList<>();
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String link = Capabilities.newShareId();
        links.add(link);
        results.add(pool.submit(() -> {
          start.await();
          return repository.share(id, link, false, T0);
        }));
      }
      start.countDown();
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
      String live = repository.find(id).orElseThrow().shareId();
      assertThat(links).contains(live);
      assertThat(revokedAt(live)).isEmpty();
      assertThat(links).filteredOn(link -> !link.equals(live))
          .allSatisfy(link -> assertThat(revokedAt(link)).as(link).isPresent());
      assertThat(revokedMarkers()).isEqualTo(writers - 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aShareLinkIsMadeReplacedAndRevoked() {
    String id = insert(DOC, T0);
    String first = Capabilities.newShareId();
    assertThat(repository.share(id, first, false, T0)).isTrue();
    assertThat(repository.find(id).orElseThrow().shareId()).isEqualTo(first);
    String second = Capabilities.newShareId();
    assertThat(repository.share(id, second, true, T0)).isTrue();
    StoredResume shared = repository.find(id).orElseThrow();
    assertThat(shared.shareId()).isEqualTo(second);
    assertThat(shared.shareIndexable()).isTrue();
    assertThat(repository.setIndexable(id, false, T0)).isTrue();
    assertThat(repository.find(id).orElseThrow().shareIndexable()).isFalse();
    assertThat(repository.share(id, null, false, T0)).isTrue();
    assertThat(repository.find(id).orElseThrow().shareId()).isNull();
    assertThat(repository.setIndexable(id, true, T0)).as("not shared").isFalse();
    assertThat(repository.share(Capabilities.newId(), Capabilities.newShareId(), false, T0))
        .isFalse();
    // sharing leaves the document's version alone, so an open editor's next save still fits
    assertThat(repository.find(id).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void twoResumesCannotHaveTheSameShareId() {
    String a = insert(DOC, T0);
    String b = insert(DOC, T0);
    String shareId = Capabilities.newShareId();
    repository.share(a, shareId, false, T0);
    assertThatThrownBy(() -> repository.share(b, shareId, false, T0))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void aVisitIsRecordedOnlyWhenTheLastOneIsOld() {
    String id = insert(DOC, T0);
    Instant soon = T0.plus(Duration.ofHours(1));
    repository.touch(id, soon, soon.minus(Duration.ofHours(12)));
    assertThat(repository.find(id).orElseThrow().touchedAt()).isEqualTo(T0);
    Instant later = T0.plus(Duration.ofDays(2));
    repository.touch(id, later, later.minus(Duration.ofHours(12)));
    assertThat(repository.find(id).orElseThrow().touchedAt()).isEqualTo(later);
    assertThat(repository.find(id).orElseThrow().updatedAt()).isEqualTo(T0);
  }

  @Test
  void theRetentionJobDeletesEveryExpiredResumeWhateverTheBacklog() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    int batch = 20;
    int expired = batch * 2 + 7;
    for (int i = 0; i < expired; i++) {
      insert(DOC, now.minus(Duration.ofDays(366 + i % 30)));
    }
    String kept = insert(DOC, now.minus(Duration.ofDays(364)));
    // links revoked long ago are forgotten with the same retention; a recent one is kept
    for (int i = 0; i < batch + 3; i++) {
      repository.share(kept, Capabilities.newShareId(), false, now.minus(Duration.ofDays(400)));
    }
    String recentlyRevoked = repository.find(kept).orElseThrow().shareId();
    repository.share(kept, null, false, now.minus(Duration.ofDays(2)));
    java.util.concurrent.atomic.AtomicInteger compactions = new java.util.concurrent.atomic.AtomicInteger();
    RetentionJob job = new RetentionJob(repository, new StoreProperties(
        org.springframework.util.unit.DataSize.ofKilobytes(512), Duration.ofDays(365),
        Duration.ofHours(1)), batch, compactions::incrementAndGet);
    try {
      assertThat(job.purge()).isEqualTo(new RetentionJob.Purged(expired, batch + 2));
      assertThat(compactions).hasValue(1);
      assertThat(job.purge()).isEqualTo(new RetentionJob.Purged(0, 0));
      assertThat(compactions).as("nothing deleted, nothing to compact").hasValue(1);
    } finally {
      job.destroy();
    }
    assertThat(jdbc.sql("SELECT id FROM resume").query(String.class).list()).containsExactly(kept);
    assertThat(revokedMarkers()).isEqualTo(1);
    assertThat(revokedAt(recentlyRevoked)).isPresent();
  }

  @Test
  void purgingRevokedLinksForgetsOnlyThoseRevokedBeforeTheCutoffInBatches() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    String id = insert(DOC, now);
    List<String> old = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String link = Capabilities.newShareId();
      old.add(link);
      repository.share(id, link, false, now.minus(Duration.ofDays(400 + i)));
    }
    String recent = Capabilities.newShareId();
    repository.share(id, recent, false, now.minus(Duration.ofDays(10)));
    repository.share(id, null, false, now.minus(Duration.ofDays(10)));
    // the first four were replaced 401 to 404 days ago, the fifth and the recent one 10 days ago
    Instant cutoff = now.minus(Duration.ofDays(365));
    assertThat(repository.purgeRevokedSharesBefore(cutoff, 3)).isEqualTo(3);
    assertThat(repository.purgeRevokedSharesBefore(cutoff, 3)).isEqualTo(1);
    assertThat(repository.purgeRevokedSharesBefore(cutoff, 3)).isZero();
    assertThat(old.subList(0, 4)).allSatisfy(link -> assertThat(revokedAt(link)).isEmpty());
    assertThat(revokedAt(old.get(4))).isPresent();
    assertThat(revokedAt(recent)).isPresent();
  }

  @Test
  void purgingDeletesOnlyResumesUntouchedSinceTheCutoffInBatches() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    List<String> old = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      old.add(insert(DOC, now.minus(Duration.ofDays(400 + i))));
    }
    String recent = insert(DOC, now.minus(Duration.ofDays(10)));
    String savedLately = insert(DOC, now.minus(Duration.ofDays(500)));
    repository.save(savedLately, 1, DOC, now);
    Instant cutoff = now.minus(Duration.ofDays(365));
    assertThat(repository.purgeUntouchedSince(cutoff, 3)).isEqualTo(3);
    assertThat(repository.purgeUntouchedSince(cutoff, 3)).isEqualTo(3);
    assertThat(repository.purgeUntouchedSince(cutoff, 3)).isEqualTo(1);
    assertThat(repository.purgeUntouchedSince(cutoff, 3)).isZero();
    assertThat(old).allSatisfy(id -> assertThat(repository.find(id)).isEmpty());
    assertThat(repository.find(recent)).isPresent();
    assertThat(repository.find(savedLately)).isPresent();
  }
}
