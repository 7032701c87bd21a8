package org.createyourresume.web.learn;

/**
 * A term a lesson defines in a key-term box ({@code > **Key term:** **Socket**: an IP address
 * plus a port number.}).
 *
 * @param term the term, as written in bold
 * @param definition the definition after the colon, as plain text
 * @param section the anchor of the heading it is under, or {@code null} before the first heading
 */
public record KeyTerm(String term, String definition, String section) {}
