package org.createyourresume.web.resume;

import java.time.Instant;

/**
 * A saved resume as stored (without its token hash).
 *
 * @param id the public id
 * @param version 1 when created, one more with every accepted save
 * @param document the JSON Resume document as last saved
 * @param shareId the read-only link's id, or {@code null} when not shared
 * @param shareIndexable whether search engines may index the shared page
 * @param createdAt when it was first saved online
 * @param updatedAt when its document last changed
 * @param touchedAt when its owner last saved, shared or opened it (retention counts from here)
 */
record StoredResume(
    String id, long version, String document, String shareId, boolean shareIndexable,
    Instant createdAt, Instant updatedAt, Instant touchedAt) {}
