package org.createyourresume.web.ats;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the ATS check ({@code cyr.ats.*}). Uploaded files are bounded by {@code
 * spring.servlet.multipart.max-file-size} and by the checker's own limits (10 MB, 20 pages, 10 s).
 *
 * @param grammar whether checks may include English spelling and grammar (LanguageTool, about 115
 *     MB of memory, started in the background when the server starts); {@code false} never starts it
 * @param maxJobDescription the longest job description accepted, in characters
 * @param maxRequestSize the largest JSON request body (a resume or pasted text, and a posting)
 */
@ConfigurationProperties("cyr.ats")
record AtsProperties(
    @DefaultValue("true") boolean grammar,
    @DefaultValue("50000") int maxJobDescription,
    @DefaultValue("1MB") DataSize maxRequestSize) {}
