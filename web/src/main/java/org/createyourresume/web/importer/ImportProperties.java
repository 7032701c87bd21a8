package org.createyourresume.web.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of import ({@code cyr.import.*}). The other bounds of an upload (bytes, characters,
 * time) are the importer's defaults; the request as a whole is bounded by {@code
 * cyr.render.timeout}, after which its work is cancelled.
 *
 * @param maxRows the most table rows one file may hold (all the CSV files of a LinkedIn export
 *     together); a file with more is refused as soon as the count passes this
 */
@ConfigurationProperties("cyr.import")
record ImportProperties(@DefaultValue("10000") int maxRows) {}
